export { tasksJson as GET } from "../twins";
