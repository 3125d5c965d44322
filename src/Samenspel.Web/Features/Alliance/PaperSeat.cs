namespace Samenspel.Web.Features.Alliance;

/// <summary>For the print view and the paper entry: staff who may write the youth's alliance answers (the care
/// team but the behavioural scientist; the pages are staff-only by convention in SamenspelApp) administer one seat
/// of a measurement. The pages declare the write with [YouthData]; the filter decided and audited it.</summary>
public static class PaperSeat
{
    public static async Task<(IActionResult? Refusal, Seat? Seat)> AdministeredSeatAsync(this PageModel page, SamenspelDb db,
        Guid measurementId, string? key, DateOnly today, CancellationToken ct)
    {
        var measurement = await db.Measurements.AsNoTracking().SingleOrDefaultAsync(m => m.Id == measurementId, ct);
        if (measurement is null) return (page.NotFound(), null);
        var seat = (await Seats.OfMeasurementAsync(db, measurement, today, ct)).FirstOrDefault(s => s.Key == key);
        if (seat is null) return (page.NotFound(), null);
        return (null, seat);
    }
}
