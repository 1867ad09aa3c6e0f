namespace Correlator.Extraction.Input;

/// <summary>
/// An article's text as the extractor will read it, and what was done to it. <see cref="Changed"/> is true when
/// the text differs from what was sent (HTML stripped, invisible controls removed): spans then refer to this text.
/// </summary>
public sealed record ArticleInput(string Text, string Language, bool Changed, IReadOnlyList<string> Warnings);
