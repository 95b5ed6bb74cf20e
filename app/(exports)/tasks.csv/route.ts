export { tasksCsv as GET } from "../twins";
