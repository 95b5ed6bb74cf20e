export default function Home() {
  return <h1>CLIP scaling laws</h1>;
}
