using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Correlator.Domain.Reports;
using Correlator.Server.Tests.Processes;

namespace Correlator.Server.Tests.MultiNode;

/// <summary>Operators posting to one node until told to stop or the node dies; remembers what was acknowledged.</summary>
internal static class ClusterLoad
{
    public static async Task PostUntilCancelledAsync(ServerProcess node, string prefix, Random random, ConcurrentDictionary<string, bool> acknowledged, CancellationToken cancel)
    {
        for (var n = 0; !cancel.IsCancellationRequested; n++)
        {
            var batch = Enumerable.Range(0, 4).Select(i => CrashReports.Next(random, $"{prefix}-{n}-{i}")).ToArray();
            try
            {
                var response = await node.Client.PostAsJsonAsync("/api/reports", batch, ReportJson.Options, cancel);
                if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK)
                {
                    foreach (var report in batch)
                    {
                        acknowledged[report.Id] = true;
                    }
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or IOException)
            {
                // The node died mid-request (or the load ended): this batch was never acknowledged.
                return;
            }
        }
    }
}
