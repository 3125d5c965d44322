using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samenspel.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class I11Audit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Seal",
                table: "AuditChainHeads",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");
            // The chain becomes keyed (HMAC) and its head sealed: links written with plain SHA-256 before can never
            // verify again. No production data exists yet, so the old trail (demo and test data) starts over.
            migrationBuilder.Sql("DELETE FROM \"AuditEvents\"; DELETE FROM \"AuditChainHeads\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Seal",
                table: "AuditChainHeads");
        }
    }
}
