export { predictJson as GET } from "../twins";
