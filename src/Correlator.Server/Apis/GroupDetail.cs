using Correlator.Domain.Entities;
using Correlator.Domain.Reports;

namespace Correlator.Server.Apis;

public sealed record GroupDetail(
    GroupEntity Group, IReadOnlyList<Report> Claims, IReadOnlyDictionary<string, int> ClaimsByBase,
    IReadOnlyList<Report> Attributions, IReadOnlyList<Report> Other);
