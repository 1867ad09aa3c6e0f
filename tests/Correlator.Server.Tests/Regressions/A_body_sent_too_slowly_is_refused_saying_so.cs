using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Correlator.Domain.Reports;
using Correlator.Server.Tests.Hosting;
using Correlator.Server.Tests.Reports;

namespace Correlator.Server.Tests.Regressions;

/// <summary>
/// Found probing with a client trickling its body: Kestrel's minimum data rate refused it with 408, and the problem
/// said "body: could not be read as the request this endpoint takes", as if the body's content were at fault.
/// </summary>
public sealed class A_body_sent_too_slowly_is_refused_saying_so(UnseededServer server) : IClassFixture<UnseededServer>
{
    [Fact]
    public async Task The_408_problem_says_the_body_arrived_too_slowly()
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(SampleReports.Claim(), ReportJson.Options);
        using var client = new TcpClient();
        await client.ConnectAsync(server.Address.Host, server.Address.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            $"POST /api/reports HTTP/1.1\r\nHost: {server.Address.Authority}\r\nX-Api-Key: {server.OperatorKey}\r\n" +
            $"Content-Type: application/json\r\nContent-Length: {body.Length}\r\n\r\n"));

        // A few bytes a second: under Kestrel's 240 bytes a second once its 5 seconds of grace are over.
        var answer = new StringBuilder();
        var buffer = new byte[4096];
        var reading = stream.ReadAsync(buffer).AsTask();
        for (var sent = 0; sent < body.Length && !reading.IsCompleted; sent += 10)
        {
            await stream.WriteAsync(body.AsMemory(sent, Math.Min(10, body.Length - sent)));
            await Task.WhenAny(reading, Task.Delay(500));
        }
        for (var read = await reading; read > 0; read = await stream.ReadAsync(buffer))
        {
            answer.Append(Encoding.UTF8.GetString(buffer, 0, read));
            if (answer.ToString().Contains("\r\n0\r\n\r\n", StringComparison.Ordinal))
            {
                break;
            }
        }

        var text = answer.ToString();
        text.ShouldStartWith("HTTP/1.1 408", customMessage: text);
        text.ShouldContain("\"body\":[\"arrived too slowly; send it without pausing\"]", customMessage: text);
    }
}
