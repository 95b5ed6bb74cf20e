export { curvesCsv as GET } from "../twins";
