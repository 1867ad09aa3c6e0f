namespace Correlator.Grains.Tests.Support;

/// <summary>What a dashboard shows after following the update stream: per scope, discrepancy id to fingerprint.</summary>
internal sealed class PublishedView
{
    private readonly Dictionary<string, Dictionary<string, string>> scopes = new(StringComparer.Ordinal);

    public void Follow(IEnumerable<GrainUpdate> updates)
    {
        foreach (var update in updates)
        {
            if (!scopes.TryGetValue(update.Scope, out var shown) || update.IsFull)
            {
                scopes[update.Scope] = shown = new Dictionary<string, string>(StringComparer.Ordinal);
            }
            foreach (var id in update.Removed)
            {
                shown.Remove(id);
            }
            foreach (var discrepancy in update.Discrepancies)
            {
                shown[discrepancy.Id] = discrepancy.Fingerprint;
            }
        }
    }

    /// <summary>The view of one scope, in id order, one "id = fingerprint" line each.</summary>
    public string Of(string scope) => Lines(scopes.GetValueOrDefault(scope) ?? []);

    public static string Lines(IReadOnlyDictionary<string, string> view) =>
        string.Join('\n', view.OrderBy(x => x.Key, StringComparer.Ordinal).Select(x => $"{x.Key} = {x.Value}"));
}
