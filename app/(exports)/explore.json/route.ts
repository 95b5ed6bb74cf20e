export { exploreJson as GET } from "../twins";
