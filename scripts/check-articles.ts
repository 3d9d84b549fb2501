/**
 * `npm run check:articles [DIR]`: validates every bundle under DIR (default
 * public/articles) with the schema and limits the app and the build use,
 * prints one line per problem as `path: field: what is wrong`, and exits 1
 * if there is any. The build refuses the same problems (article-index-plugin.ts).
 */
import { formatProblem, readArticles } from './read-articles.ts';

const dir = process.argv[2] ?? 'public/articles';
const { summaries, problems } = readArticles(dir);

for (const problem of problems) console.error(formatProblem(problem));
const bundles = summaries.reduce((sum, summary) => sum + summary.languages.length, 0);
if (problems.length > 0) {
  console.error(`check:articles: ${problems.length} problem(s) in ${dir}`);
  process.exit(1);
}
console.log(`check:articles: ${bundles} bundles in ${summaries.length} articles, all valid`);
