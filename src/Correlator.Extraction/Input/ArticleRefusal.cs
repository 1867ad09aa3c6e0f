namespace Correlator.Extraction.Input;

/// <summary>An article the extractor will not read, with the field at fault and a reason a user can act on.</summary>
public sealed record ArticleRefusal(RefusalKind Kind, string Field, string Reason);
