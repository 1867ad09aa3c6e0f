namespace Correlator.Domain.Entities;

/// <summary>A node of the word trie that finds names in free text: one edge per word key.</summary>
internal sealed class MentionNode
{
    public Dictionary<string, MentionNode> Next { get; } = new(StringComparer.Ordinal);

    /// <summary>The entity whose name ends here, if one does.</summary>
    public EntityMatch? Name { get; set; }

    public void Add(IReadOnlyList<string> keys, EntityMatch name)
    {
        if (keys.Count == 0)
        {
            return;
        }
        var node = this;
        foreach (var key in keys)
        {
            if (!node.Next.TryGetValue(key, out var next))
            {
                next = new MentionNode();
                node.Next.Add(key, next);
            }
            node = next;
        }
        // The first entity to claim a name keeps it; within a kind the gazetteer already refuses clashes.
        node.Name ??= name;
    }
}
