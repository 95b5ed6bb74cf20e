export { modelsCsv as GET } from "../twins";
