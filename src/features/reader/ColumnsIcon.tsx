/** Two columns of text: the parallel view's icon, drawn so no font needs the glyph. */
export function ColumnsIcon() {
  return (
    <svg className="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <rect x="1.5" y="2" width="5.5" height="12" rx="1" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <rect x="9" y="2" width="5.5" height="12" rx="1" fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}
