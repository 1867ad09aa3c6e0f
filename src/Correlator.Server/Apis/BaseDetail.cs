using Correlator.Domain.Entities;
using Correlator.Domain.Reconciliation;

namespace Correlator.Server.Apis;

public sealed record BaseDetail(BaseEntity Base, IReadOnlyList<IncidentView> Incidents, IReadOnlyList<Discrepancy> Discrepancies);
