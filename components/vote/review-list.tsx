/** The candidates a voter chose, as the review screen lists them (server page and device ballot alike). */
export function ReviewList({ list }: { list: { id: number; name: string; unit: string; position: string }[] }) {
  return (
    <ol className="list-decimal pl-8 space-y-2 text-lg" data-testid="review-list">
      {list.map((c) => (
        <li key={c.id}>
          <strong>{c.name}</strong> · {c.unit} · {c.position}
        </li>
      ))}
    </ol>
  );
}
