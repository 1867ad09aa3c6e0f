using System.Text.Json;
using Correlator.Domain.Reports;

namespace Correlator.Domain.Entities;

/// <summary>Operators' additions to the gazetteer, as they are logged and replayed over the shipped one.</summary>
public static class EntityEdits
{
    public const string BaseKind = "base";
    public const string GroupKind = "group";
    public const string AliasKind = "alias";

    public static Gazetteer Apply(Gazetteer gazetteer, string kind, string json) => kind switch
    {
        BaseKind => gazetteer.WithBase(JsonSerializer.Deserialize<BaseEntity>(json, ReportJson.Options)!),
        GroupKind => gazetteer.WithGroup(JsonSerializer.Deserialize<GroupEntity>(json, ReportJson.Options)!),
        AliasKind => JsonSerializer.Deserialize<AliasEdit>(json, ReportJson.Options) is { } a
            ? gazetteer.WithAlias(a.Kind, a.Id, a.Alias)
            : gazetteer,
        _ => throw new FormatException($"Unknown gazetteer edit '{kind}'."),
    };
}
