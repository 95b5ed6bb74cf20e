export { curvesJson as GET } from "../twins";
