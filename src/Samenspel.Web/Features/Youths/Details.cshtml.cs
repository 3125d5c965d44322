using Samenspel.Web.Features.Journal;

namespace Samenspel.Web.Features.Youths;

/// <summary>One youth's file: the register, the journal as far as the policy allows, and the ways to the plan, the
/// agreements, the evaluations, the intake, the start information and the access log.</summary>
[YouthFrom("id")]
[YouthData(DataCategory.Register)]
[YouthData(DataCategory.Journal, Use = Use.Section)]
[YouthData(DataCategory.Plan, Use = Use.Offer)]
[YouthData(DataCategory.IntakeNotes, Use = Use.Offer)]
[YouthData(DataCategory.Register, AccessAction.Write, Use = Use.Offer)]
[YouthData(DataCategory.AccessLog, Use = Use.Offer)]
[YouthData(DataCategory.Journal, AccessAction.ShieldFromCarers, Use = Use.Offer)]
[YouthData(DataCategory.ContactLog, Use = Use.Offer)]
[YouthData(DataCategory.Messages, Use = Use.Offer)]
[YouthData(DataCategory.AllianceAnswers, Use = Use.Offer)]
public sealed class DetailsModel(SamenspelDb db, TimeProvider clock) : PageModel
{
    public sealed record Member(string Name, StaffRole Role);
    public sealed record CarerRow(Guid LinkId, Guid CarerId, string Name, CarerPosition Position, DateOnly? AuthoritySince, bool HasAccount, bool Invited);
    public sealed record ContactRow(Guid Id, string Name, NetworkContactKind Kind, string? Organisation, string? Phone, string? Email);
    public sealed record TrajectoryRow(Guid Id, TrajectoryType Type, DateOnly Start, DateOnly ExpectedEnd, string Team);
    public sealed record YouthFile(Guid Id, string Name, int Age, TrajectoryRow? Trajectory, List<Member> CareTeam, List<CarerRow> Carers, List<ContactRow> Network);

    public YouthFile Summary { get; private set; } = null!;
    public JournalSection? Journal { get; private set; }
    public bool CanEdit { get; private set; }
    public bool CanReadPlan { get; private set; }
    public bool CanReadIntake { get; private set; }
    public bool CanSeeAccessLog { get; private set; }
    public bool CanShieldJournal { get; private set; }
    public bool CanReadContactLog { get; private set; }
    public bool CanReadMessages { get; private set; }
    public bool CanReadAlliance { get; private set; }
    /// <summary>The viewer reads this file only through a break-glass grant (noodtoegang).</summary>
    public bool ByBreakGlass { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        // One decision for every section and link (the filter); audited is what is shown: the register, and the
        // journal when it is there. Links (plan, intake...) are decided again by the page behind them.
        var grant = this.Grant();
        ByBreakGlass = grant.ByBreakGlass;
        (CanReadPlan, CanReadIntake, CanEdit, CanSeeAccessLog, CanShieldJournal, CanReadContactLog, CanReadMessages, CanReadAlliance) =
            (grant.May(DataCategory.Plan), grant.May(DataCategory.IntakeNotes), grant.May(DataCategory.Register, AccessAction.Write),
             grant.May(DataCategory.AccessLog), grant.May(DataCategory.Journal, AccessAction.ShieldFromCarers), grant.May(DataCategory.ContactLog),
             grant.May(DataCategory.Messages), grant.May(DataCategory.AllianceAnswers));

        var youth = await db.Youths.AsNoTracking().SingleAsync(y => y.Id == id, ct);
        var trajectory = await db.Trajectories.AsNoTracking().CurrentTrajectory(id)
            .Join(db.Teams, t => t.TeamId, team => team.Id, (t, team) => new TrajectoryRow(t.Id, t.Type, t.StartDate, t.ExpectedEndDate, team.Name))
            .FirstOrDefaultAsync(ct);
        var careTeam = trajectory is null ? [] : await db.CareTeamMembers.AsNoTracking().Where(m => m.TrajectoryId == trajectory.Id)
            .Join(db.Staff, m => m.StaffMemberId, s => s.Id, (m, s) => new Member(s.Name, m.Role))
            .ToListAsync(ct);
        var carers = await db.CarerLinks.AsNoTracking().Where(l => l.YouthId == id)
            .Join(db.Carers, l => l.CarerId, c => c.Id, (l, c) => new { l, c })
            .OrderBy(x => x.c.Name)
            .Select(x => new CarerRow(x.l.Id, x.c.Id, x.c.Name, x.l.Position, x.l.AuthoritySince,
                x.c.UserId != null && db.Users.Any(u => u.Id == x.c.UserId && u.PasswordHash != null),
                x.c.UserId != null && db.Invitations.Any(i => i.UserId == x.c.UserId)))
            .ToListAsync(ct);
        var network = await db.NetworkContacts.AsNoTracking().Where(n => n.YouthId == id)
            .OrderBy(n => n.Name).Select(n => new ContactRow(n.Id, n.Name, n.Kind, n.Organisation, n.Phone, n.Email)).ToListAsync(ct);
        Summary = new YouthFile(id, youth.FullName, Age.YearsOn(youth.BirthDate, clock.DutchToday()), trajectory,
            careTeam.OrderBy(m => m.Role).ToList(), carers, network);

        if (grant.May(DataCategory.Journal)) Journal = await JournalSection.LoadAsync(db, id, grant[DataCategory.Journal], CanShieldJournal, ct);
        return Page();
    }
}
