/** A refused file: what was not done, the core's message naming the place, advice, and that nothing changed. */
export function RefusedNotice(props: {
  heading: string;
  message: string;
  advice?: string;
  unchanged: string;
  testId: string;
}) {
  return (
    <div className="bi-refused" role="alert" data-testid={props.testId}>
      <h2>{props.heading}</h2>
      <p className="bi-refused-message">{props.message}</p>
      {props.advice && <p className="bi-advice">{props.advice}</p>}
      <p className="bi-muted">{props.unchanged}</p>
    </div>
  );
}
