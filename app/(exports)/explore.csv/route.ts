export { exploreCsv as GET } from "../twins";
