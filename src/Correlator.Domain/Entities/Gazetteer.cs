using System.Text.Json;
using System.Text.Json.Serialization;
using Correlator.Domain.Reports;

namespace Correlator.Domain.Entities;

/// <summary>
/// The bases and armed groups Correlator knows, with every way sources name them in English and Arabic.
/// Immutable: the With* methods return a new gazetteer. Name look-ups are precomputed at construction.
/// </summary>
public sealed class Gazetteer
{
    private static readonly JsonSerializerOptions JsonOptions = CreateJsonOptions();

    private readonly Dictionary<string, BaseEntity> basesById;
    private readonly Dictionary<string, GroupEntity> groupsById;
    private readonly NameTable baseNames = new();
    private readonly NameTable groupNames = new();
    private readonly MentionNode mentions = new();
    // For each group, the groups it claims for: its umbrella, and the group whose front it is.
    private readonly Dictionary<string, List<string>> parents = new(StringComparer.Ordinal);

    private Gazetteer(IReadOnlyList<BaseEntity> bases, IReadOnlyList<GroupEntity> groups, string? note)
    {
        Bases = bases;
        Groups = groups;
        Note = note;
        // Checked before anything is indexed by id: a missing id is a refusal in the user's words, not a null key.
        foreach (var entity in bases)
        {
            EntityRules.Check(entity);
        }
        foreach (var entity in groups)
        {
            EntityRules.Check(entity);
        }
        basesById = ById(bases, entity => entity.Id, "base");
        groupsById = ById(groups, entity => entity.Id, "group");
        foreach (var entity in bases)
        {
            foreach (var name in Names(entity.Id, entity.Name, entity.NameAr, entity.Aliases))
            {
                Register(baseNames, $"base '{entity.Id}'", entity.Id, name);
            }
            foreach (var name in Names(entity.Name, entity.NameAr, entity.Aliases))
            {
                mentions.Add(NameKey.OfName(name), new EntityMatch(EntityKind.Base, entity.Id, name));
            }
        }
        foreach (var entity in groups)
        {
            parents[entity.Id] = [];
            foreach (var name in Names(entity.Id, entity.Name, entity.NameAr, entity.Aliases))
            {
                Register(groupNames, $"group '{entity.Id}'", entity.Id, name);
            }
            foreach (var name in Names(entity.Name, entity.NameAr, entity.Aliases))
            {
                mentions.Add(NameKey.OfName(name), new EntityMatch(EntityKind.Group, entity.Id, name));
            }
        }
        foreach (var entity in groups)
        {
            LinkUmbrella(entity);
            foreach (var front in entity.Fronts)
            {
                LinkFront(entity, front);
            }
        }
        foreach (var entity in groups)
        {
            if (Ancestors(entity.Id).Contains(entity.Id))
            {
                throw new ArgumentException($"group '{entity.Id}': its umbrellas and fronts lead back to itself.");
            }
        }
    }

    public static Gazetteer Empty { get; } = new([], [], null);

    public IReadOnlyList<BaseEntity> Bases { get; }

    public IReadOnlyList<GroupEntity> Groups { get; }

    /// <summary>The document's own note (sources, how approximate the coordinates are).</summary>
    public string? Note { get; }

    public static Gazetteer Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        GazetteerDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<GazetteerDocument>(json, JsonOptions);
        }
        catch (JsonException exception)
        {
            throw new FormatException($"The gazetteer is not valid JSON of the expected shape: {exception.Message}", exception);
        }
        if (document is null)
        {
            throw new FormatException("The gazetteer JSON is null.");
        }
        var bases = (document.Bases ?? []).Select(ToEntity).ToList();
        var groups = (document.Groups ?? []).Select(ToEntity).ToList();
        try
        {
            return new Gazetteer(bases, groups, document.Note);
        }
        catch (ArgumentException exception)
        {
            throw new FormatException($"The gazetteer is invalid: {exception.Message}", exception);
        }
    }

    public string ToJson()
    {
        var document = new GazetteerDocument(
            Note,
            [.. Bases.Select(entity => new BaseEntry(
                entity.Id, entity.Name, entity.NameAr, entity.Aliases, entity.Country, entity.Latitude, entity.Longitude, entity.Note))],
            [.. Groups.Select(entity => new GroupEntry(
                entity.Id, entity.Name, entity.NameAr, entity.Aliases, entity.Fronts, entity.Umbrella, entity.Leaders, entity.Note))]);
        return JsonSerializer.Serialize(document, JsonOptions);
    }

    public BaseEntity? FindBase(string id) => basesById.GetValueOrDefault(id);

    public GroupEntity? FindGroup(string id) => groupsById.GetValueOrDefault(id);

    /// <summary>The id of the base an id, name or alias (English or Arabic, with or without "قاعدة", "air base", prefixes) designates.</summary>
    public string? ResolveBase(string name) => string.IsNullOrWhiteSpace(name) ? null : baseNames.Find(name);

    /// <summary>The id of the group an id, name, alias, front or abbreviation designates.</summary>
    public string? ResolveGroup(string name) => string.IsNullOrWhiteSpace(name) ? null : groupNames.Find(name);

    /// <summary>Display names of the bases closest to a name, in the name's script, for a "did you mean".</summary>
    public IReadOnlyList<string> NearestBaseNames(string name, int count = 5) =>
        Nearest(baseNames, name, count, id => (basesById[id].Name, basesById[id].NameAr));

    public IReadOnlyList<string> NearestGroupNames(string name, int count = 5) =>
        Nearest(groupNames, name, count, id => (groupsById[id].Name, groupsById[id].NameAr));

    /// <summary>
    /// Whether a claim by one group may be counted as a claim by the other: the same group, or one claims
    /// within the other, through umbrellas and fronts at any depth.
    /// </summary>
    public bool IsSameOrMember(string groupId, string otherGroupId) =>
        groupId == otherGroupId || Ancestors(groupId).Contains(otherGroupId) || Ancestors(otherGroupId).Contains(groupId);

    public Gazetteer WithBase(BaseEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new Gazetteer(Replace(Bases, entity, existing => existing.Id == entity.Id), Groups, Note);
    }

    public Gazetteer WithGroup(GroupEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new Gazetteer(Bases, Replace(Groups, entity, existing => existing.Id == entity.Id), Note);
    }

    public Gazetteer WithAlias(EntityKind kind, string id, string alias)
    {
        EntityRules.CheckName($"{kind.ToString().ToLowerInvariant()} '{id}'", alias, "alias");
        var normalized = ArabicText.Normalize(alias);
        bool Known(IEnumerable<string> names) => names.Any(name => ArabicText.Normalize(name) == normalized);
        switch (kind)
        {
            case EntityKind.Base:
                var place = FindBase(id) ?? throw new ArgumentException($"There is no base '{id}'.");
                return Known(Names(place.Name, place.NameAr, place.Aliases))
                    ? this
                    : WithBase(place with { Aliases = [.. place.Aliases, alias] });
            case EntityKind.Group:
                var group = FindGroup(id) ?? throw new ArgumentException($"There is no group '{id}'.");
                return Known(Names(group.Name, group.NameAr, group.Aliases))
                    ? this
                    : WithGroup(group with { Aliases = [.. group.Aliases, alias] });
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown entity kind.");
        }
    }

    /// <summary>
    /// Every base and group named in a free text, left to right, the longest name winning where names overlap.
    /// Arabic words may carry attached و ف ب ك ل and the article; words never match in part.
    /// </summary>
    public IReadOnlyList<EntityMatch> FindMentions(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = NameToken.Split(text);
        var found = new List<EntityMatch>();
        var i = 0;
        while (i < tokens.Count)
        {
            var (last, name, prefix) = LongestNameAt(tokens, i);
            if (name is null)
            {
                i++;
                continue;
            }
            var start = prefix == 0 ? tokens[i].Start : tokens[i].OriginalIndexOf(text, prefix);
            found.Add(name with { Start = start, Length = tokens[last].End - start });
            i = last + 1;
        }
        return found;
    }

    private (int Last, EntityMatch? Name, int Prefix) LongestNameAt(List<NameToken> tokens, int first)
    {
        var best = (Last: -1, Name: (EntityMatch?)null, Prefix: 0);
        foreach (var (key, prefix) in NameKey.AsNameStart(tokens[first].Text))
        {
            if (!mentions.Next.TryGetValue(key, out var node))
            {
                continue;
            }
            var (last, name) = (first, node.Name);
            for (var k = first + 1; k < tokens.Count; k++)
            {
                if (NameKey.Of(tokens[k].Text) is not { } next)
                {
                    continue;
                }
                if (!node.Next.TryGetValue(next, out var deeper))
                {
                    break;
                }
                node = deeper;
                if (node.Name is not null)
                {
                    (last, name) = (k, node.Name);
                }
            }
            if (name is not null && last > best.Last)
            {
                best = (last, name, prefix);
            }
        }
        return best;
    }

    private void LinkUmbrella(GroupEntity entity)
    {
        if (entity.Umbrella is null)
        {
            return;
        }
        if (!groupsById.ContainsKey(entity.Umbrella))
        {
            throw new ArgumentException($"group '{entity.Id}': umbrella '{entity.Umbrella}' is not a group of the gazetteer.");
        }
        parents[entity.Id].Add(entity.Umbrella);
    }

    private void LinkFront(GroupEntity entity, string front)
    {
        var holder = groupNames.Add(entity.Id, front);
        // A front that is also a group of its own claims for the group that lists it.
        if (holder is not null)
        {
            parents[holder].Add(entity.Id);
        }
        mentions.Add(NameKey.OfName(front), new EntityMatch(EntityKind.Group, holder ?? entity.Id, front));
    }

    private HashSet<string> Ancestors(string groupId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([groupId]);
        while (pending.TryPop(out var current))
        {
            foreach (var parent in parents.GetValueOrDefault(current) ?? [])
            {
                if (seen.Add(parent))
                {
                    pending.Push(parent);
                }
            }
        }
        return seen;
    }

    private static void Register(NameTable table, string label, string id, string name)
    {
        if (table.Add(id, name) is { } holder)
        {
            throw new ArgumentException($"{label}: the name '{name}' already designates '{holder}'.");
        }
    }

    private static IReadOnlyList<string> Nearest(
        NameTable table, string name, int count, Func<string, (string Name, string NameAr)> display)
    {
        if (count <= 0 || string.IsNullOrWhiteSpace(name))
        {
            return [];
        }
        var arabic = name.Any(ArabicText.IsArabic);
        return table.Distances(name)
            .OrderBy(entry => entry.Distance)
            .ThenBy(entry => entry.Id, StringComparer.Ordinal)
            .Take(count)
            .Select(entry => arabic ? display(entry.Id).NameAr : display(entry.Id).Name)
            .ToList();
    }

    private static IEnumerable<string> Names(string name, string nameAr, IReadOnlyList<string> aliases) =>
        aliases.Prepend(nameAr).Prepend(name);

    private static IEnumerable<string> Names(string id, string name, string nameAr, IReadOnlyList<string> aliases) =>
        Names(name, nameAr, aliases).Prepend(id);

    private static Dictionary<string, T> ById<T>(IReadOnlyList<T> entities, Func<T, string> id, string kind)
    {
        var byId = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            ArgumentNullException.ThrowIfNull(entity);
            if (!byId.TryAdd(id(entity), entity))
            {
                throw new ArgumentException($"{kind} '{id(entity)}' appears twice.");
            }
        }
        return byId;
    }

    private static List<T> Replace<T>(IReadOnlyList<T> entities, T entity, Func<T, bool> same)
    {
        var replaced = entities.Select(existing => same(existing) ? entity : existing).ToList();
        if (!entities.Any(same))
        {
            replaced.Add(entity);
        }
        return replaced;
    }

    private static BaseEntity ToEntity(BaseEntry? entry, int index)
    {
        var label = $"bases[{index}] ('{entry?.Id}')";
        if (entry is null)
        {
            throw new FormatException($"The gazetteer is invalid: {label} is null.");
        }
        return new BaseEntity(
            entry.Id ?? throw Missing(label, "id"),
            entry.Name ?? throw Missing(label, "name"),
            entry.NameAr ?? throw Missing(label, "nameAr"),
            entry.Aliases ?? [],
            entry.Country ?? throw Missing(label, "country"),
            entry.Latitude ?? throw Missing(label, "latitude"),
            entry.Longitude ?? throw Missing(label, "longitude"),
            entry.Note);
    }

    private static GroupEntity ToEntity(GroupEntry? entry, int index)
    {
        var label = $"groups[{index}] ('{entry?.Id}')";
        if (entry is null)
        {
            throw new FormatException($"The gazetteer is invalid: {label} is null.");
        }
        return new GroupEntity(
            entry.Id ?? throw Missing(label, "id"),
            entry.Name ?? throw Missing(label, "name"),
            entry.NameAr ?? throw Missing(label, "nameAr"),
            entry.Aliases ?? [],
            entry.Fronts ?? [],
            entry.Umbrella,
            entry.Leaders ?? [],
            entry.Note);
    }

    private static FormatException Missing(string label, string field) =>
        new($"The gazetteer is invalid: {label} has no {field}.");

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ReportJson.Configure(options);
        options.WriteIndented = true;
        // A misspelt field ("lattitude") must fail loudly rather than leave a value missing.
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
