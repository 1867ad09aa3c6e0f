using Correlator.Domain.Entities;

namespace Correlator.Extraction;

/// <summary>
/// Keeps the extractor of the current gazetteer: building one compiles its leader vocabulary, so it is rebuilt only
/// when the gazetteer is replaced (entity edits), not per article.
/// </summary>
public sealed class ArticleExtractors
{
    private Tuple<Gazetteer, ArticleExtractor>? current;

    public ArticleExtractor For(Gazetteer gazetteer)
    {
        var held = Volatile.Read(ref current);
        if (held is not null && ReferenceEquals(held.Item1, gazetteer))
        {
            return held.Item2;
        }
        var made = new ArticleExtractor(gazetteer);
        Volatile.Write(ref current, Tuple.Create(gazetteer, made));
        return made;
    }
}
