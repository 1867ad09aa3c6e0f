using Correlator.Domain.Reconciliation;
using Correlator.Domain.Reports;

namespace Correlator.Server.Apis;

/// <summary>An incident as the dashboard shows it: its window and the accounts side by side.</summary>
public sealed record IncidentView(
    string Id, string Base, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<Weapon> Weapons,
    bool Claimed, bool Confirmed, bool MediaReported, IReadOnlyList<Report> Reports)
{
    public static IncidentView Of(Incident i) =>
        new(i.Id, i.Base, i.Window.Start, i.Window.End, i.Weapons, i.Claimed, i.Confirmed, i.MediaReported, i.Reports);
}
