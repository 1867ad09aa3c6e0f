namespace Correlator.Extraction.Input;

/// <summary>Why an article cannot be read at all.</summary>
public enum RefusalKind
{
    Empty,
    TooLong,
    UnsupportedLanguage,
}
