using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found probing: «لأكثر من مئة وخمسين هجوما» gave more than 100 attacks (hundreds joined to tens with و were cut),
/// and «منذ السابع من أكتوبر» (since the seventh of October) gave no window: days written as ordinals were not read.
/// </summary>
public sealed class Numbers_and_days_in_Arabic_words_are_read_whole
{
    [Theory]
    [InlineData("وقال البنتاغون إن القوات الأمريكية تعرضت لأكثر من مئة وخمسين هجوما منذ منتصف تشرين الأول.", 150)]
    [InlineData("وقال البنتاغون إن القوات الأمريكية تعرضت لأكثر من مئة وخمسة وعشرين هجوما منذ منتصف تشرين الأول.", 125)]
    [InlineData("The Pentagon said U.S. forces had been attacked more than one hundred and fifty times since mid-October.", 150)]
    public void The_figure_is_the_whole_number(string text, int value) =>
        Read.Single(text).Report.Tally!.Value.ShouldBe(value);

    [Theory]
    [InlineData("وأحصت وزارة الدفاع الأمريكية نحو 170 هجوما على قواتها منذ السابع من أكتوبر.", 7)]
    [InlineData("وأحصت وزارة الدفاع الأمريكية نحو 170 هجوما على قواتها منذ السابع عشر من تشرين الأول.", 17)]
    public void The_window_starts_on_the_ordinal_day(string text, int day) =>
        Read.Single(text).Report.Tally!.From.ShouldBe(new DateTimeOffset(2023, 10, day, 0, 0, 0, TimeSpan.FromHours(3)));

    [Fact]
    public void The_first_of_a_double_month_name_is_no_day()
    {
        var report = Read.Single("سقطت صواريخ على قاعدة عين الأسد في 17 تشرين الأول/أكتوبر 2023.").Report;

        report.OccurredAt!.Value.Day.ShouldBe(17);
    }
}
