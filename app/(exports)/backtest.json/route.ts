export { backtestJson as GET } from "../twins";
