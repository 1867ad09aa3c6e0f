using Correlator.Domain.Reports;

namespace Correlator.Domain.Tests.Intake;

public sealed class ReportJsonTests
{
    private const string First = """
        {"id":"r1","kind":"claim","source":{"name":"Al Mayadeen","type":"media"},"occurredAt":"2024-01-28T05:30:00+03:00",
         "base":"tower-22","group":"kataib-hezbollah","weapon":"drone","quote":"a first quote","language":"ar"}
        """;

    private const string Second = """
        {"id":"r2","kind":"claim","source":{"name":"Al Mayadeen","type":"media"},"occurredAt":"2024-01-29T05:30:00+03:00",
         "base":"tower-22","group":"kataib-hezbollah","weapon":"rocket","quote":"a second quote","language":"ar"}
        """;

    [Fact]
    public void Two_reports_read_from_the_log_share_the_names_they_repeat()
    {
        var first = ReportJson.Deserialize(First);
        var second = ReportJson.Deserialize(Second);

        ReferenceEquals(first.Base, second.Base).ShouldBeTrue();
        ReferenceEquals(first.Group, second.Group).ShouldBeTrue();
        ReferenceEquals(first.Language, second.Language).ShouldBeTrue();
        ReferenceEquals(first.Source.Name, second.Source.Name).ShouldBeTrue();
    }

    [Fact]
    public void Shared_names_read_and_write_as_the_same_text()
    {
        var escaped = First.Replace("Al Mayadeen", "Al \\u004dayadeen").Replace("tower-22", "tower-\\u0032\\u0032");

        var report = ReportJson.Deserialize(escaped);

        report.Source.Name.ShouldBe("Al Mayadeen");
        report.Base.ShouldBe("tower-22");
        ReportJson.Deserialize(ReportJson.Serialize(report)).ShouldBe(report);
        ReportJson.Deserialize("""{"id":"r3","kind":"claim","source":{"name":"Pentagon","type":"official"},"base":null}""").Base.ShouldBeNull();
    }

    [Fact]
    public void A_name_of_the_wrong_type_is_refused_as_before()
    {
        Should.Throw<System.Text.Json.JsonException>(() =>
            ReportJson.Deserialize("""{"id":"r4","kind":"claim","source":{"name":"Pentagon","type":"official"},"base":22}"""));
    }
}
