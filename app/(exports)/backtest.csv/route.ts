export { backtestCsv as GET } from "../twins";
