/** A visible, announced error message (bad URL parameter, failed request). */
export function ErrorBox({ title = "Something went wrong", message }: { title?: string; message: string }) {
  return (
    <div className="error-box" role="alert">
      <strong>{title}</strong>
      <div>{message}</div>
    </div>
  );
}
