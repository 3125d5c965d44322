namespace Samenspel.Web.Features.Intake;

/// <summary>The intake as a checklist for the team, and as a plain summary for the youth and the carers once it is
/// finished (as far as the policy lets them read intake notes). Finishing is refused while parts are missing.</summary>
[YouthData(DataCategory.IntakeNotes)]
[YouthData(DataCategory.Register)]
[YouthData(DataCategory.IntakeNotes, AccessAction.Write, Use = Use.Offer)]
[YouthData(DataCategory.Register, AccessAction.Write, Use = Use.Offer)]
public sealed class IndexModel(SamenspelDb db, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    public sealed record CarerRow(Guid CarerId, string Name, CarerPosition Position, bool Representative, bool NotInvited);
    public sealed record ContactRow(string Name, NetworkContactKind Kind, string? Organisation);
    public sealed record MemberRow(string Name, StaffRole Role);

    [BindProperty(SupportsGet = true)] public Guid YouthId { get; set; }
    public string? Saved => this.AfterRedirect("saved");
    public bool Completed => this.Flag("completed");
    public string YouthName { get; private set; } = "";
    public string GivenName { get; private set; } = "";
    public bool HasTrajectory { get; private set; }
    public Data.Intake? Record { get; private set; }
    public IReadOnlyList<string> Missing { get; private set; } = IntakeParts.Recorded;
    public List<CarerRow> Carers { get; private set; } = [];
    public List<ContactRow> Network { get; private set; } = [];
    public List<MemberRow> Team { get; private set; } = [];
    public bool IsStaff { get; private set; }
    public bool CanEdit { get; private set; }
    public bool CanInvite { get; private set; }
    /// <summary>For the youth and carers: the intake is finished and recorded within what they may see.</summary>
    public bool Readable { get; private set; }
    public string? Error { get; private set; }

    public IEnumerable<CarerRow> NotInvited => Carers.Where(c => c.Representative && c.NotInvited);

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    [YouthData(DataCategory.IntakeNotes, AccessAction.Write)]
    public async Task<IActionResult> OnPostCompleteAsync(CancellationToken ct)
    {
        var trajectoryId = await TrajectoryAsync(ct);
        var intake = trajectoryId is null ? null : await db.Intakes.SingleOrDefaultAsync(i => i.TrajectoryId == trajectoryId, ct);
        var missing = intake?.Missing() ?? IntakeParts.Recorded;
        if (missing.Count > 0)
        {
            Error = t["De intake is nog niet af. Vul eerst deze delen in: {0}.", string.Join(", ", missing.Select(p => t[IntakeParts.Title(p)].Value))];
            return await LoadAsync(ct);
        }
        intake!.Complete(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return RedirectToPage("/Intake/Index", new { youthId = YouthId, completed = "true" });
    }

    async Task<IActionResult> LoadAsync(CancellationToken ct)
    {
        var grant = this.Grant();
        IsStaff = Viewer.From(User)!.Kind == AccountKind.Staff;
        CanEdit = IsStaff && grant.May(DataCategory.IntakeNotes, AccessAction.Write);
        CanInvite = CanEdit && grant.May(DataCategory.Register, AccessAction.Write);

        var youth = await db.Youths.AsNoTracking().Where(y => y.Id == YouthId).Select(y => new { y.GivenName, y.FamilyName }).SingleAsync(ct);
        (GivenName, YouthName) = (youth.GivenName, $"{youth.GivenName} {youth.FamilyName}");
        var trajectoryId = await TrajectoryAsync(ct);
        HasTrajectory = trajectoryId is not null;
        if (trajectoryId is null) return Page();

        Record = await db.Intakes.AsNoTracking().SingleOrDefaultAsync(i => i.TrajectoryId == trajectoryId, ct);
        Missing = Record?.Missing() ?? IntakeParts.Recorded;
        Readable = Record?.CompletedAt is { } done && grant[DataCategory.IntakeNotes].Shows(DutchCalendar.DateAt(done), shieldedFromCarers: false);
        if (!IsStaff && !Readable) return Page();

        var carers = await db.CarerLinks.AsNoTracking().Where(l => l.YouthId == YouthId)
            .Join(db.Carers, l => l.CarerId, c => c.Id, (l, c) => new { l, c })
            .OrderBy(x => x.c.Name)
            .Select(x => new
            {
                x.c.Id, x.c.Name, x.l.Position, x.l.CourtAppointed,
                Reached = x.c.UserId != null
                    && (db.Users.Any(u => u.Id == x.c.UserId && u.PasswordHash != null) || db.Invitations.Any(i => i.UserId == x.c.UserId)),
            })
            .ToListAsync(ct);
        Carers = carers.Select(c => new CarerRow(c.Id, c.Name, c.Position, c.Position.HoldsAuthority() || c.CourtAppointed, !c.Reached)).ToList();
        Network = await db.NetworkContacts.AsNoTracking().Where(n => n.YouthId == YouthId).OrderBy(n => n.Name)
            .Select(n => new ContactRow(n.Name, n.Kind, n.Organisation)).ToListAsync(ct);
        Team = (await db.CareTeamMembers.AsNoTracking().Where(m => m.TrajectoryId == trajectoryId)
            .Join(db.Staff, m => m.StaffMemberId, s => s.Id, (m, s) => new MemberRow(s.Name, m.Role)).ToListAsync(ct))
            .OrderBy(m => m.Role).ToList();
        return Page();
    }

    Task<Guid?> TrajectoryAsync(CancellationToken ct) =>
        db.Trajectories.CurrentTrajectory(YouthId).Select(x => (Guid?)x.Id).FirstOrDefaultAsync(ct);
}
