// Every page's script, one module: small parts that each act only where their markup is.
// One entry instead of one per component keeps a page to few requests and one gzip stream
// (a note page's JavaScript before search opens is budgeted: src/lib/bench/budgets.ts).
import './theme';
import './menu';
import './progress-loader';
import './search';
import './offline';
