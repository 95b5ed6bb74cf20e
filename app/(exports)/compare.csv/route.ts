export { compareCsv as GET } from "../twins";
