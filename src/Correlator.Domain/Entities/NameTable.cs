namespace Correlator.Domain.Entities;

/// <summary>
/// The precomputed names of one kind of entity: every id, name, alias and front reduced to the key of its
/// distinctive words, so resolving a name costs a few dictionary look-ups.
/// </summary>
internal sealed class NameTable
{
    private readonly Dictionary<string, string> idsByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> keysById = new(StringComparer.Ordinal);

    /// <summary>Registers a name for an entity; returns the id of another entity that already holds it, if any.</summary>
    public string? Add(string id, string name)
    {
        var key = KeyOf(name);
        if (key.Length == 0)
        {
            return null;
        }
        if (idsByKey.TryGetValue(key, out var holder))
        {
            return holder == id ? null : holder;
        }
        idsByKey.Add(key, id);
        if (!keysById.TryGetValue(id, out var keys))
        {
            keys = [];
            keysById.Add(id, keys);
        }
        keys.Add(key);
        return null;
    }

    public string? Find(string name)
    {
        var words = Distinctive(name);
        if (words.Count == 0)
        {
            return null;
        }
        var rest = string.Join(' ', words.Skip(1).Select(NameKey.Of).OfType<string>());
        foreach (var (first, _) in NameKey.AsNameStart(words[0]))
        {
            if (idsByKey.TryGetValue(rest.Length == 0 ? first : first + " " + rest, out var id))
            {
                return id;
            }
        }
        return null;
    }

    /// <summary>Every entity with the smallest edit distance between the name and any of its keys.</summary>
    public IEnumerable<(string Id, int Distance)> Distances(string name)
    {
        var key = KeyOf(name);
        return keysById.Select(entry => (entry.Key, entry.Value.Min(candidate => EditDistance(key, candidate))));
    }

    private static List<string> Distinctive(string name) =>
        NameKey.Distinctive(NameToken.Split(name).Select(token => token.Text).ToList());

    private static string KeyOf(string name) =>
        string.Join(' ', Distinctive(name).Select(NameKey.Of).OfType<string>());

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
