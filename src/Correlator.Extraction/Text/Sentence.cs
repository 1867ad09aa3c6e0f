namespace Correlator.Extraction.Text;

/// <summary>One sentence of an article: its span in the article, its paragraph and its folded form.</summary>
public sealed record Sentence(int Index, int Paragraph, int Start, int Length, FoldedText Folded);
