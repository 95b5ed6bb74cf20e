export { predictCsv as GET } from "../twins";
