using Correlator.Domain.Reports;
using Correlator.Extraction.Rules;

namespace Correlator.Extraction.Tests.Rules;

public sealed class DatesTests
{
    // Tuesday.
    private static readonly DateOnly Published = new(2023, 12, 12);

    [Theory]
    [InlineData("وقع الهجوم أمس الاثنين", "2023-12-11", 12, TimePrecision.Day)]
    [InlineData("استهدفت يوم الجمعة الماضي السفارة", "2023-12-08", 12, TimePrecision.Day)]
    [InlineData("أعلنت الفصائل مساء الخميس", "2023-12-07", 19, TimePrecision.Day)]
    [InlineData("عند ظهيرة يوم الجمعة", "2023-12-08", 12, TimePrecision.Hour)]
    [InlineData("تعرض المجمع لهجوم فجر الثلاثاء", "2023-12-12", 5, TimePrecision.Day)]
    [InlineData("في 27 تشرين الأول/أكتوبر 2023", "2023-10-27", 12, TimePrecision.Day)]
    [InlineData("مساء الأربعاء 15 تشرين الثاني/ نوفمبر الحالي", "2023-11-15", 19, TimePrecision.Day)]
    [InlineData("في 17 كانون الثاني", "2023-01-17", 12, TimePrecision.Day)]
    [InlineData("the base was attacked on Monday", "2023-12-11", 12, TimePrecision.Day)]
    [InlineData("late on Sunday night", "2023-12-10", 22, TimePrecision.Day)]
    [InlineData("on October 27, 2023", "2023-10-27", 12, TimePrecision.Day)]
    [InlineData("attacks last week", "2023-12-05", 12, TimePrecision.Week)]
    [InlineData("هذا الأسبوع", "2023-12-09", 12, TimePrecision.Week)]
    public void Dates_resolve_against_the_publication_day_with_the_precision_they_have(string text, string day, int hour, TimePrecision precision)
    {
        var date = Dates.Find(Folding.Of(text), Published).Dates.ShouldHaveSingleItem();

        date.Day.ShouldBe(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));
        date.Time.Hour.ShouldBe(hour);
        date.Precision.ShouldBe(precision);
    }

    [Theory]
    [InlineData("92 هجوما منذ 17 أكتوبر/تشرين الأول الماضي", "2023-10-17")]
    [InlineData("أكثر من 60 هجومًا منذ منتصف تشرين الأول/ أكتوبر", "2023-10-15")]
    [InlineData("66 attacks since October 17", "2023-10-17")]
    [InlineData("attacks since mid-October", "2023-10-15")]
    [InlineData("منذ اندلاع الحرب في 7 تشرين الأول/ أكتوبر الماضي", "2023-10-07")]
    public void Since_windows_start_at_their_date(string text, string since)
    {
        var window = Dates.Find(Folding.Of(text), Published).Windows.ShouldHaveSingleItem();

        window.From(Published, null).ShouldBe(DateOnly.Parse(since, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("12 هجومًا خلال الأسبوع الماضي", "2023-12-05")]
    [InlineData("60 attacks in the past month", "2023-11-12")]
    [InlineData("خلال 10 أيام", "2023-12-02")]
    public void Past_windows_count_back_from_the_statement(string text, string from) =>
        Dates.Find(Folding.Of(text), Published).Windows.ShouldHaveSingleItem().From(Published, null)
            .ShouldBe(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Without_a_publication_date_relative_dates_stay_unresolved_and_explicit_ones_do_not()
    {
        var dates = Dates.Find(Folding.Of("أمس الاثنين، بعد هجوم 3 كانون الأول 2023"), null).Dates;

        dates.Count.ShouldBe(2);
        dates[0].Unresolved.ShouldBeTrue();
        dates[0].Day.ShouldBeNull();
        dates[1].Day.ShouldBe(new DateOnly(2023, 12, 3));
    }
}
