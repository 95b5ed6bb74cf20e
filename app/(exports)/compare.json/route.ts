export { compareJson as GET } from "../twins";
