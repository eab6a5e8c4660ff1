/** Lesson bodies are plain text with "\n" between paragraphs. */
export function LessonText({ text }: { text: string }) {
  return (
    <>
      {text
        .split('\n')
        .filter((paragraph) => paragraph.trim() !== '')
        .map((paragraph, i) => (
          // Paragraphs of one fixed text never move, so their index is a stable key.
          <p key={i}>{paragraph}</p>
        ))}
    </>
  );
}
