using Correlator.Extraction.Text;

namespace Correlator.Extraction.Tests.Rules;

/// <summary>Folds a whole test sentence the way the extractor folds a sentence.</summary>
public static class Folding
{
    public static FoldedText Of(string text) => FoldedText.Of(text, 0, text.Length);
}
