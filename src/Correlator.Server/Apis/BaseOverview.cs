using Correlator.Domain.Entities;
using Correlator.Domain.Reports;
using Correlator.Grains.Bases;

namespace Correlator.Server.Apis;

/// <summary>A map marker: where the base is and how contested its record is.</summary>
public sealed record BaseOverview(
    string Id, string Name, string NameAr, Region Country, double Latitude, double Longitude,
    int Incidents, int Claimed, int Confirmed, int MediaReported, int OpenDiscrepancies)
{
    public static BaseOverview Of(BaseEntity b, BaseSummary s) =>
        new(b.Id, b.Name, b.NameAr, b.Country, b.Latitude, b.Longitude, s.Incidents, s.Claimed, s.Confirmed, s.MediaReported, s.OpenDiscrepancies);
}
