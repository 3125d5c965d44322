using Microsoft.AspNetCore.Mvc.Rendering;
using Samenspel.Web.Features.Messages;

namespace Samenspel.Web.Features.Register;

/// <summary>Hands the lead to another professional. Everything recorded stays with the trajectory, the message threads
/// too; the family is introduced to the new mentor in their threads (<see cref="Introductions"/>).</summary>
[Authorize(Policy = Policies.Staff)]
[YouthData(DataCategory.Register, AccessAction.Write)]
public sealed class ChangeMentorModel(SamenspelDb db, YouthAccess access, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    static readonly StaffRole[] CanLead = [StaffRole.Mentor, StaffRole.ShadowMentor, StaffRole.Counsellor];

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Kies de nieuwe mentor.")]
        public Guid? MentorId { get; set; }
    }

    [BindProperty(SupportsGet = true)] public Guid YouthId { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();
    public string YouthName { get; private set; } = "";
    public List<SelectListItem> Options { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var trajectory = await CurrentTrajectoryAsync(ct);
        if (trajectory is null) return NotFound();
        Input.MentorId = trajectory.MentorId;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var trajectory = await CurrentTrajectoryAsync(ct);
        if (trajectory is null) return NotFound();
        var organisation = access.Viewer!.OrganisationId;
        if (Input.MentorId is { } id && !await db.Staff.AnyAsync(s => s.Id == id && s.OrganisationId == organisation && CanLead.Contains(s.Role), ct))
            ModelState.AddModelError("Input.MentorId", t["Kies een medewerker uit de lijst."]);
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        var oldMentorId = trajectory.MentorId;
        if (oldMentorId != Input.MentorId)
        {
            var oldMentor = await db.Staff.Where(s => s.Id == oldMentorId).Select(s => s.Name).FirstOrDefaultAsync(ct);
            trajectory.ChangeMentor(Input.MentorId!.Value);
            await db.SaveChangesAsync(ct);
            await Introductions.IntroduceAsync(db, access, clock, YouthId, Input.MentorId!.Value, oldMentor, ct);
        }
        return RedirectToPage("/Youths/Details", new { id = YouthId });
    }

    Task<Trajectory?> CurrentTrajectoryAsync(CancellationToken ct) =>
        db.Trajectories.Include(t => t.CareTeam).CurrentTrajectory(YouthId).FirstOrDefaultAsync(ct);

    async Task LoadAsync(CancellationToken ct)
    {
        var organisation = access.Viewer!.OrganisationId;
        YouthName = await db.Youths.Where(y => y.Id == YouthId).Select(y => y.GivenName + " " + y.FamilyName).SingleAsync(ct);
        Options = await db.Staff.AsNoTracking().Where(s => s.OrganisationId == organisation && CanLead.Contains(s.Role))
            .OrderBy(s => s.Name).Select(s => new SelectListItem(s.Name, s.Id.ToString())).ToListAsync(ct);
        Options.Insert(0, new SelectListItem(t["Kies…"], ""));
    }
}
