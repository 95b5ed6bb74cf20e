export { modelsJson as GET } from "../twins";
