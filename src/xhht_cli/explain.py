"""What each rule checks, why it matters and how to fix it: the text `xhht explain CODE` prints, vi and en."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Doc:
    summary: str
    """One line: what fires it."""
    why: str
    """Why it matters to an analyst."""
    fix: str
    """How to fix it."""
    example: str
    """A tiny YAML (or source-text) example that fires it."""


def _ex(*lines: str) -> str:
    return "\n".join(lines)


DOCS: dict[str, dict[str, Doc]] = {
    # -- S: files --------------------------------------------------------------------------------------------
    "S001": {
        "vi": Doc(
            summary="Tệp không phải YAML hợp lệ (báo dòng và cột chỗ lỗi), kể cả khi dùng bí danh *x mà phía "
            "trên chưa khai báo &x.",
            why="Tệp không đọc được thì không kiểm tra được gì trong tệp: mọi nhiệm vụ của kế hoạch đó bị bỏ "
            "qua khi đối chiếu với kế hoạch cấp trên và báo cáo tiến độ.",
            fix="Sửa tại dòng, cột được báo: thường là thụt lề lệch, thiếu dấu ':' sau khóa, hoặc dấu nháy, "
            "dấu ngoặc chưa đóng. Giá trị có ': ' hoặc ' #' nên đặt trong nháy kép.",
            example=_ex(
                "plan:",
                "  id: haiphong-211-2020",
                "   number: 211/KH-UBND      # thụt lề lệch một khoảng trắng",
            ),
        ),
        "en": Doc(
            summary="The file is not valid YAML (reported at the line and column of the fault), including an "
            "alias *x used before any &x anchor above it.",
            why="A file that cannot be read cannot be checked: none of its tasks are compared with the "
            "template or with progress reports.",
            fix="Fix the fault at the line and column given: usually an indentation slip, a missing ':' "
            "after a key, or an unclosed quote or bracket. Quote values that contain ': ' or ' #'.",
            example=_ex(
                "plan:",
                "  id: haiphong-211-2020",
                "   number: 211/KH-UBND      # indented one space too far",
            ),
        ),
    },
    "S002": {
        "vi": Doc(
            summary="Thiếu khóa bắt buộc, có khóa lạ (thường do gõ sai), hoặc giá trị sai kiểu hay ngoài "
            "danh sách cho phép; cả tệp có dạng của xhht mà thiếu 'format', hay chứa hơn một tài liệu YAML.",
            why="Khóa gõ sai mà không bị báo thì dữ liệu bị bỏ qua âm thầm: một thời hạn ghi nhầm thành "
            "'deadine' sẽ không bao giờ được xét quá hạn.",
            fix="Sửa khóa theo gợi ý trong thông báo (xhht nêu khóa gần đúng nhất), bổ sung khóa còn thiếu, "
            "hoặc chọn một giá trị cho phép. `xhht schema plan` xuất lược đồ để trình soạn thảo kiểm tra "
            "ngay khi gõ.",
            example=_ex(
                "- id: II.1.a",
                "  text: Các sở, ban, ngành, đơn vị, Ủy ban nhân dân các quận, huyện …",
                "  lead:",
                "    - Ủy ban nhân dân các quận, huyện",
                "  deadine: trong quý III năm 2020",
            ),
        ),
        "en": Doc(
            summary="A key is missing, unknown (usually a typo), or of the wrong type or value; also a file "
            "that looks like an xhht file but has no 'format', or that holds more than one YAML document.",
            why="A mistyped key that passed silently would drop data: a deadline written 'deadine' would "
            "never be checked for being overdue.",
            fix="Rename the key as the message suggests (xhht names the closest allowed key), add the "
            "missing key, or pick an allowed value. `xhht schema plan` prints the JSON Schema so an editor "
            "can check as you type.",
            example=_ex(
                "- id: II.1.a",
                "  text: Các sở, ban, ngành, đơn vị, Ủy ban nhân dân các quận, huyện …",
                "  lead:",
                "    - Ủy ban nhân dân các quận, huyện",
                "  deadine: trong quý III năm 2020",
            ),
        ),
    },
    "S003": {
        "vi": Doc(
            summary="Một ánh xạ có hai khóa trùng tên; trình đọc YAML thông thường sẽ âm thầm giữ giá trị sau.",
            why="Hai dòng 'deadline' cho cùng một nhiệm vụ thì chỉ một dòng có hiệu lực mà người đọc tệp "
            "không biết là dòng nào; thường là dấu hiệu sao chép nhầm.",
            fix="Giữ một khóa với giá trị đúng theo văn bản, xóa khóa kia (thông báo nêu dòng của khóa đầu "
            "tiên). Nếu đó là hai nhiệm vụ khác nhau, tách thành hai mục trong 'tasks'.",
            example=_ex(
                "- id: II.1.a",
                "  deadline: trong quý III năm 2020",
                "  lead: [Sở Giáo dục và Đào tạo]",
                "  deadline: trong quý IV năm 2020",
            ),
        ),
        "en": Doc(
            summary="A mapping repeats a key; an ordinary YAML reader would silently keep the last value.",
            why="With two 'deadline' lines on one task only one counts, and a reader of the file cannot tell "
            "which; it is usually a copy-and-paste slip.",
            fix="Keep one key with the value the document gives and delete the other (the message names the "
            "line of the first). If they are two different tasks, split them into two items of 'tasks'.",
            example=_ex(
                "- id: II.1.a",
                "  deadline: trong quý III năm 2020",
                "  lead: [Sở Giáo dục và Đào tạo]",
                "  deadline: trong quý IV năm 2020",
            ),
        ),
    },
    "S004": {
        "vi": Doc(
            summary="Hai kế hoạch cùng 'plan.id'; hai mục, nhiệm vụ hay chỉ tiêu cùng mã trong một kế hoạch; "
            "hai mục cùng mã trong một tệp danh mục, hoặc một tên gọi thuộc về hai cơ quan cùng địa bàn.",
            why="Báo cáo tiến độ và kế hoạch cấp dưới trỏ tới nhiệm vụ bằng mã; mã trùng thì không biết báo "
            "cáo nói về nhiệm vụ nào, và xhht chỉ giữ mục xuất hiện trước.",
            fix="Đánh lại mã theo đúng số thứ tự của văn bản (mục La Mã, số, chữ, vị trí gạch đầu dòng, ví "
            "dụ II.4.a.2). Với kế hoạch, đặt 'plan.id' riêng cho mỗi văn bản; với danh mục, bỏ tên gọi bị "
            "gán cho hai cơ quan.",
            example=_ex(
                "tasks:",
                "  - id: II.2.a",
                "    text: Đẩy mạnh công tác thông tin, tuyên truyền …",
                "  - id: II.2.a",
                "    text: Biểu dương, khen thưởng kịp thời …",
            ),
        ),
        "en": Doc(
            summary="Two plans share a 'plan.id'; two sections, tasks or targets of one plan share an id; "
            "two entries of one registry file share an id, or one name belongs to two entries of one "
            "jurisdiction.",
            why="Progress reports and implementing plans point at tasks by id; with a duplicate nobody can "
            "tell which task a report is about, and xhht keeps only the first.",
            fix="Renumber after the document's own numbering (roman section, number, letter, bullet "
            "position, e.g. II.4.a.2). For plans, give each document its own 'plan.id'; in the registry, "
            "remove the name given to two bodies.",
            example=_ex(
                "tasks:",
                "  - id: II.2.a",
                "    text: Đẩy mạnh công tác thông tin, tuyên truyền …",
                "  - id: II.2.a",
                "    text: Biểu dương, khen thưởng kịp thời …",
            ),
        ),
    },
    "S005": {
        "vi": Doc(
            summary="'implements' của kế hoạch hoặc 'plan' của báo cáo tiến độ không trỏ tới kế hoạch nào đã "
            "nạp (tệp kiểm tra hoặc kế hoạch trung ương đi kèm xhht), hoặc chuỗi 'implements' quay vòng.",
            why="Không tìm được kế hoạch cấp trên thì không đối chiếu được nhiệm vụ, thời hạn, chỉ tiêu; báo "
            "cáo không gắn được với kế hoạch thì tiến độ không được tính và nhiệm vụ đã làm vẫn bị báo quá "
            "hạn.",
            fix="Ghi đúng 'plan.id' của kế hoạch cấp trên (ví dụ qd-489-2020) hoặc đưa tệp kế hoạch đó vào "
            "danh sách kiểm tra. Nếu chuỗi quay vòng, sửa 'implements' để chỉ trỏ lên kế hoạch cấp trên.",
            example=_ex(
                "plan:",
                "  id: haiphong-211-2020",
                "  implements: qd-489-2002",
            ),
        ),
        "en": Doc(
            summary="A plan's 'implements' or a report's 'plan' names no loaded plan (among the checked "
            "files and the national templates shipped with xhht), or the 'implements' chain loops.",
            why="Without its template a plan's tasks, deadlines and targets cannot be compared; a report "
            "tied to no plan is not counted, so tasks that were done still show as overdue.",
            fix="Write the template's exact 'plan.id' (e.g. qd-489-2020) or add its file to the paths "
            "checked. For a loop, make 'implements' point only upwards, to the template.",
            example=_ex(
                "plan:",
                "  id: haiphong-211-2020",
                "  implements: qd-489-2002",
            ),
        ),
    },
    "S006": {
        "vi": Doc(
            summary="Cơ quan chủ trì, phối hợp, ban hành hoặc phải ban hành kế hoạch ('requires_plans.from') "
            "không có trong danh mục cơ quan của địa bàn; cả tham chiếu trong danh mục trỏ tới tên không có.",
            why="Cơ quan không xác định được thì không đối chiếu được với cơ quan cấp trên, không phát hiện "
            "được cơ quan đã sáp nhập, và không thống kê được nhiệm vụ theo cơ quan.",
            fix="Sửa tên theo gợi ý trong thông báo; tên phải viết đủ dấu. Tên có dấu phẩy thì viết mỗi cơ "
            "quan một dòng '- …' (trong [ ] dấu phẩy tách tên). Cơ quan có thật mà danh mục chưa có thì thêm "
            "vào một tệp registry.yaml đặt cùng các tệp kiểm tra.",
            example=_ex(
                "lead:",
                "  - So Giao duc va Dao tao",
                "cooperating: [Các sở, ban, ngành]",
            ),
        ),
        "en": Doc(
            summary="A lead, cooperating body, issuer or 'requires_plans.from' body is not in the registry "
            "for the plan's jurisdiction; also a registry reference ('counterpart_of', 'succeeded_by') to "
            "nothing.",
            why="An unknown body cannot be matched with its national counterpart, cannot be found to have "
            "been merged away, and its tasks are not counted per body.",
            fix="Use the name the message suggests, written with its full diacritics. Put names containing "
            "commas on their own '- …' lines (inside [ ] a comma splits a name). For a real body the "
            "registry lacks, add it in a registry.yaml among the checked files.",
            example=_ex(
                "lead:",
                "  - So Giao duc va Dao tao",
                "cooperating: [Các sở, ban, ngành]",
            ),
        ),
    },
    "S007": {
        "vi": Doc(
            summary="Thời hạn (của nhiệm vụ hoặc của 'requires_plans') không hiểu được hoặc chỉ một ngày "
            "không có thật; cả ngày YYYY-MM-DD không tồn tại ở 'issued', 'completed', 'date', 'since', "
            "'until'.",
            why="Thời hạn không đọc được thì nhiệm vụ không bao giờ bị báo quá hạn hay sắp đến hạn; xhht báo "
            "lỗi thay vì đoán.",
            fix="Ghi thời hạn như văn bản ghi, ở dạng được hiểu: 'trước ngày 10/9/2020', 'trong quý II năm "
            "2020', 'tháng 9/2020', 'năm 2025', 'trước ngày 05 tháng 12 hằng năm', hoặc 'thường xuyên' nếu "
            "không có hạn. Thiếu năm thì thêm năm, hoặc thêm 'hằng năm' nếu việc lặp lại mỗi năm.",
            example=_ex(
                "- id: II.4.a",
                "  deadline: trước ngày 31/6/2021",
                "- id: II.4.b",
                "  deadline: hằng quý",
            ),
        ),
        "en": Doc(
            summary="A deadline (of a task or of 'requires_plans') is not understood or names a date that "
            "does not exist; also a YYYY-MM-DD date that does not exist in 'issued', 'completed', 'date', "
            "'since' or 'until'.",
            why="A deadline that cannot be read would never make its task overdue or due soon; xhht reports "
            "it rather than guess.",
            fix="Write the deadline as the document does, in an understood form: 'trước ngày 10/9/2020', "
            "'trong quý II năm 2020', 'tháng 9/2020', 'năm 2025', 'trước ngày 05 tháng 12 hằng năm', or "
            "'thường xuyên' when there is none. Add a missing year, or 'hằng năm' if it recurs every year.",
            example=_ex(
                "- id: II.4.a",
                "  deadline: trước ngày 31/6/2021",
                "- id: II.4.b",
                "  deadline: hằng quý",
            ),
        ),
    },
    "S008": {
        "vi": Doc(
            summary="Tệp vượt giới hạn an toàn (8 MiB, lồng sâu 64 mức, 500.000 nút sau khi mở rộng bí "
            "danh), có thẻ không phải thẻ lõi của YAML, có byte hay ký tự không hợp lệ, hoặc không đọc được.",
            why="Các giới hạn giữ cho việc kiểm tra nhanh và an toàn với cả tệp nhận từ nơi khác: vài dòng "
            "'bom bí danh' có thể nở thành hàng tỷ nút. Việc đọc tệp dừng lại, nên tệp không được kiểm tra "
            "gì thêm.",
            fix="Bỏ các thẻ như '!!python/object' hay '!!binary', ghi giá trị dạng văn bản; lưu lại tệp dạng "
            "UTF-8 (hoặc UTF-16 có BOM); tách kế hoạch quá lớn thành nhiều tệp. Chỉ nâng giới hạn kích thước "
            "(--max-file-size) với tệp đáng tin.",
            example=_ex(
                "plan:",
                "  id: haiphong-211-2020",
                "  title: !!python/object/apply:os.system [echo]",
            ),
        ),
        "en": Doc(
            summary="The file exceeds a safety limit (8 MiB, 64 levels of nesting, 500,000 nodes after alias "
            "expansion), has a tag that is not a YAML core tag, invalid bytes or characters, or cannot be "
            "read.",
            why="The limits keep checking fast and safe even for files received from elsewhere: a few lines "
            "of 'alias bomb' can expand to billions of nodes. Reading stops, so nothing else in the file is "
            "checked.",
            fix="Remove tags such as '!!python/object' or '!!binary' and write the value as text; save the "
            "file as UTF-8 (or UTF-16 with a BOM); split a very large plan into several files. Raise the "
            "size limit (--max-file-size) only for files you trust.",
            example=_ex(
                "plan:",
                "  id: haiphong-211-2020",
                "  title: !!python/object/apply:os.system [echo]",
            ),
        ),
    },
    "S009": {
        "vi": Doc(
            summary="Đoạn 'text' của một nhiệm vụ hay chỉ tiêu không có nguyên văn trong văn bản nguồn "
            "('source') của kế hoạch (so sau chuẩn hóa Unicode NFC và gộp khoảng trắng), hoặc không đọc được "
            "tệp nguồn.",
            why="'text' là bằng chứng nhiệm vụ được mã hóa đúng như văn bản ban hành; một chữ sai về số "
            "liệu, thời hạn hay cơ quan có thể làm sai kết luận kiểm tra.",
            fix="Chép lại nguyên văn từ văn bản nguồn, từ chỗ thông báo chỉ ra là bắt đầu sai khác (xuống "
            "dòng, khoảng trắng không cần giống). Nhiệm vụ lấy từ văn bản khác thì ghi 'source' riêng; đường "
            "dẫn sai thì sửa 'plan.source' (tính từ thư mục của tệp kế hoạch).",
            example=_ex(
                "plan:",
                "  source: sources/000_8254980917946ef6.txt",
                "…",
                "      - id: II.1.d",
                "        text: Sở Giáo dục và Đào tạo chủ trì tổng kết Đề án …",
            ),
        ),
        "en": Doc(
            summary="A task's or target's 'text' does not occur verbatim in the plan's source document "
            "('source'; compared after Unicode NFC and whitespace folding), or the source file cannot be "
            "read.",
            why="'text' is the evidence that a task was encoded as the document says; one wrong word in a "
            "figure, deadline or body can make the checks conclude wrongly.",
            fix="Copy the wording from the source again, from the point the message shows it differs (line "
            "breaks and spacing need not match). For a task from another document give it its own 'source'; "
            "for a wrong path fix 'plan.source' (relative to the plan file).",
            example=_ex(
                "plan:",
                "  source: sources/000_8254980917946ef6.txt",
                "…",
                "      - id: II.1.d",
                "        text: Sở Giáo dục và Đào tạo chủ trì tổng kết Đề án …",
            ),
        ),
    },
    # -- D: deadlines ----------------------------------------------------------------------------------------
    "D001": {
        "vi": Doc(
            summary="Thời hạn đã qua vào ngày xét mà chưa có báo cáo tiến độ ghi hoàn thành (hay hủy); nhiệm "
            "vụ hằng năm được xét từng năm kể từ năm ban hành, các kỳ quá hạn gộp thành một phát hiện.",
            why="Đây là nhóm 'quá hạn' trong theo dõi nhiệm vụ chính thức: nhiệm vụ hoặc chưa làm, hoặc đã "
            "làm mà chưa được báo cáo.",
            fix="Đã xong thì thêm mục báo cáo 'status: done' kèm 'completed' (nhiệm vụ hằng năm: mỗi năm một "
            "mục có 'period'); không còn thực hiện thì 'status: cancelled'. Chưa xong thì tệp không có lỗi: "
            "cần đôn đốc cơ quan chủ trì.",
            example=_ex(
                "# xhht check --as-of 2021-01-15",
                "- id: II.1.a",
                "  deadline: trong quý III năm 2020",
                "# chưa báo cáo nào có: {task: II.1.a, status: done}",
            ),
        ),
        "en": Doc(
            summary="The deadline has passed on the as-of date and no report records the task done (or "
            "cancelled); a yearly task is judged per year since issue, its overdue years in one finding.",
            why="This is the 'overdue' count of official task tracking: the task was either not done, or "
            "done and not reported.",
            fix="If it is done, add a report entry with 'status: done' and 'completed' (a yearly task: one "
            "entry per year, with 'period'); if it was dropped, 'status: cancelled'. If it is not done, the "
            "lead body needs chasing; the file is not wrong.",
            example=_ex(
                "# xhht check --as-of 2021-01-15",
                "- id: II.1.a",
                "  deadline: trong quý III năm 2020",
                "# no report has: {task: II.1.a, status: done}",
            ),
        ),
    },
    "D002": {
        "vi": Doc(
            summary="Nhiệm vụ (hoặc kỳ hằng năm của nó) đến hạn trong vòng --due-soon-days ngày (mặc định "
            "30, kể cả nhiệm vụ đến hạn đúng ngày xét) và chưa có báo cáo hoàn thành.",
            why="Cảnh báo sớm để cơ quan chủ trì kịp hoàn thành và báo cáo trước khi nhiệm vụ thành quá hạn.",
            fix="Đôn đốc cơ quan chủ trì; khi xong, thêm mục báo cáo 'status: done' kèm 'completed'. Khoảng "
            "cảnh báo đổi bằng --due-soon-days hoặc trong [tool.xhht].",
            example=_ex(
                "# xhht check --as-of 2020-09-10",
                "- id: II.1.a",
                "  deadline: trong quý III năm 2020",
            ),
        ),
        "en": Doc(
            summary="A task (or one yearly period of it) falls due within --due-soon-days days (default 30, "
            "due today included) and no report records it done.",
            why="An early warning, so the lead body can finish and report before the task becomes overdue.",
            fix="Chase the lead body; when done, add a report entry with 'status: done' and 'completed'. "
            "Change the window with --due-soon-days or in [tool.xhht].",
            example=_ex(
                "# xhht check --as-of 2020-09-10",
                "- id: II.1.a",
                "  deadline: trong quý III năm 2020",
            ),
        ),
    },
    "D003": {
        "vi": Doc(
            summary="Thời hạn của nhiệm vụ muộn hơn thời hạn của nhiệm vụ cấp trên mà nó thực hiện "
            "('implements'); chỉ so khi cả hai là một ngày cụ thể, không so thời hạn hằng năm hay thường "
            "xuyên.",
            why="Kế hoạch cấp dưới phải bảo đảm thời hạn cấp trên giao; hạn muộn hơn nghĩa là địa phương "
            "không kịp báo cáo kết quả lên cấp trên.",
            fix="Nếu mã hóa sai, sửa 'deadline' theo văn bản (thông báo nêu cả hai thời hạn). Nếu văn bản "
            "ghi đúng như vậy, giữ nguyên: đây là điều cần kiến nghị điều chỉnh.",
            example=_ex(
                "# cấp trên II.1.d: deadline: trong quý IV năm 2020",
                "- id: II.1.d",
                "  deadline: trong quý I năm 2021",
                "  implements: [II.1.d]",
            ),
        ),
        "en": Doc(
            summary="A task's deadline is later than that of the template task it implements ('implements'); "
            "compared only when both are a single date, never yearly or ongoing deadlines.",
            why="An implementing plan must meet the deadlines the template sets; a later one means the local "
            "result cannot be reported upwards in time.",
            fix="If it was mis-encoded, correct 'deadline' after the document (the message shows both). If "
            "the document says so, keep it: it is something to raise with the issuer.",
            example=_ex(
                "# template II.1.d: deadline: trong quý IV năm 2020",
                "- id: II.1.d",
                "  deadline: trong quý I năm 2021",
                "  implements: [II.1.d]",
            ),
        ),
    },
    "D004": {
        "vi": Doc(
            summary="Thời hạn (là một ngày cụ thể) sớm hơn ngày ban hành kế hoạch ('plan.issued').",
            why="Nhiệm vụ đã quá hạn ngay khi được giao; thường do gõ nhầm năm ở thời hạn hoặc ở ngày ban hành.",
            fix="Đối chiếu văn bản và sửa 'deadline' hoặc 'plan.issued' nếu mã hóa sai. Nếu văn bản ghi đúng "
            "như vậy, giữ nguyên: đó là sai sót của văn bản cần kiến nghị.",
            example=_ex(
                "plan:",
                "  issued: 2020-08-20",
                "…",
                "      - id: II.1.a",
                "        deadline: trong quý II năm 2020",
            ),
        ),
        "en": Doc(
            summary="A deadline (a single date) falls before the plan was issued ('plan.issued').",
            why="The task was overdue the day it was assigned; usually a mistyped year in the deadline or in "
            "the issue date.",
            fix="Check the document and correct 'deadline' or 'plan.issued' if mis-encoded. If the document "
            "says so, keep it: the document's error is something to raise with the issuer.",
            example=_ex(
                "plan:",
                "  issued: 2020-08-20",
                "…",
                "      - id: II.1.a",
                "        deadline: trong quý II năm 2020",
            ),
        ),
    },
    "D005": {
        "vi": Doc(
            summary="Nhiệm vụ không có khóa 'deadline': không có thời hạn và cũng không ghi là thường xuyên.",
            why="Nhiệm vụ không có thời hạn không bao giờ quá hạn nên dễ bị bỏ quên; văn bản thường ghi hạn "
            "ở câu khác hoặc ở tiêu đề mục.",
            fix="Tìm thời hạn trong văn bản (cả ở tiêu đề mục) và ghi vào 'deadline'; việc làm liên tục thì "
            "ghi 'deadline: thường xuyên' hoặc 'định kỳ'. Văn bản thật sự không giao hạn thì có thể ẩn mã "
            "này bằng --ignore D005.",
            example=_ex(
                "- id: II.1.b",
                "  text: Sở Giáo dục và Đào tạo chủ trì, phối hợp … lồng ghép chuyên đề …",
                "  lead: [Sở Giáo dục và Đào tạo]",
            ),
        ),
        "en": Doc(
            summary="A task has no 'deadline' key: no date, and not marked as an ongoing duty.",
            why="A task without a deadline is never overdue, so it is easily forgotten; documents often give "
            "the deadline in another sentence or in the item's heading.",
            fix="Find the deadline in the document (headings included) and write it in 'deadline'; for an "
            "ongoing duty write 'deadline: thường xuyên' or 'định kỳ'. If the document really sets none, "
            "hide this code with --ignore D005.",
            example=_ex(
                "- id: II.1.b",
                "  text: Sở Giáo dục và Đào tạo chủ trì, phối hợp … lồng ghép chuyên đề …",
                "  lead: [Sở Giáo dục và Đào tạo]",
            ),
        ),
    },
    "D006": {
        "vi": Doc(
            summary="Kế hoạch ban hành sau hạn mà kế hoạch cấp trên đặt ('requires_plans') cho cơ quan ban "
            "hành, nhóm cùng cấp hoặc cơ quan trung ương có cơ quan tương ứng ở địa bàn; hoặc quá hạn mà "
            "chưa ban hành.",
            why="Ban hành kế hoạch thực hiện đúng hạn là yêu cầu đầu tiên của văn bản cấp trên; ban hành "
            "chậm làm chậm mọi nhiệm vụ phía sau.",
            fix="Nếu 'plan.issued' ghi sai, sửa theo ngày ký văn bản. Nếu đúng, không cần sửa tệp: phát hiện "
            "ghi nhận việc ban hành chậm. Kế hoạch còn là dự thảo thì cần sớm trình ban hành.",
            example=_ex(
                "plan:",
                "  number: 211/KH-UBND",
                "  issuer: Ủy ban nhân dân thành phố Hải Phòng",
                "  issued: 2020-08-20",
                "  implements: qd-489-2020   # hạn ban hành: trong quý II năm 2020",
            ),
        ),
        "en": Doc(
            summary="The plan was issued after the deadline its template set ('requires_plans') for its "
            "issuer, a group of its level or a national body with a local counterpart; or is unissued past "
            "it.",
            why="Issuing the implementing plan on time is the template's first demand; a late plan delays "
            "every task after it.",
            fix="If 'plan.issued' is wrong, correct it from the signed document. If it is right, the file "
            "needs no change: the finding records late issuance. A draft plan needs issuing.",
            example=_ex(
                "plan:",
                "  number: 211/KH-UBND",
                "  issuer: Ủy ban nhân dân thành phố Hải Phòng",
                "  issued: 2020-08-20",
                "  implements: qd-489-2020   # plans due: trong quý II năm 2020",
            ),
        ),
    },
    "D007": {
        "vi": Doc(
            summary="Báo cáo tiến độ ghi nhiệm vụ (hoặc một kỳ hằng năm) hoàn thành ('completed') sau thời hạn.",
            why="Theo dõi nhiệm vụ chính thức tách 'hoàn thành đúng hạn' và 'hoàn thành quá hạn'; mã này xếp "
            "nhiệm vụ vào nhóm sau, kèm số ngày chậm.",
            fix="Đúng sự thật thì không cần sửa. Nếu 'completed' ghi nhầm, sửa theo ngày ghi trên văn bản "
            "hoặc sản phẩm hoàn thành; nếu báo cáo nhầm kỳ, sửa 'period'.",
            example=_ex(
                "entries:",
                "  - task: II.1.a        # deadline: trong quý III năm 2020",
                "    status: done",
                "    completed: 2020-11-15",
            ),
        ),
        "en": Doc(
            summary="A progress report records a task (or one yearly period of it) done ('completed') after "
            "its deadline.",
            why="Official task tracking splits 'done on time' from 'done late'; this puts the task in the "
            "second group, with the days of delay.",
            fix="If true, nothing to fix. If 'completed' is wrong, correct it from the dated output or "
            "document; if the entry names the wrong year, fix 'period'.",
            example=_ex(
                "entries:",
                "  - task: II.1.a        # deadline: trong quý III năm 2020",
                "    status: done",
                "    completed: 2020-11-15",
            ),
        ),
    },
    # -- A: assignment ---------------------------------------------------------------------------------------
    "A001": {
        "vi": Doc(
            summary="Nhiệm vụ không có cơ quan chủ trì ('lead' trống hoặc không có).",
            why="Nhiệm vụ không có đầu mối chịu trách nhiệm thì không ai báo cáo tiến độ và không thống kê "
            "được theo cơ quan.",
            fix="Ghi cơ quan chủ trì theo văn bản vào 'lead'. Gạch đầu dòng không nêu lại cơ quan thì dùng "
            "cơ quan chủ trì mà mục chứa nó nêu.",
            example=_ex(
                "- id: NV.1",
                "  text: Tăng cường sự lãnh đạo, chỉ đạo của các cấp ủy Đảng …",
                "  lead: []",
            ),
        ),
        "en": Doc(
            summary="A task has no lead body ('lead' empty or absent).",
            why="A task nobody is accountable for is reported by nobody and cannot be counted per body.",
            fix="Write the lead body the document names in 'lead'. A bullet that names no body takes the "
            "lead named by the item it belongs to.",
            example=_ex(
                "- id: NV.1",
                "  text: Tăng cường sự lãnh đạo, chỉ đạo của các cấp ủy Đảng …",
                "  lead: []",
            ),
        ),
    },
    "A002": {
        "vi": Doc(
            summary="Không cơ quan chủ trì nào là cơ quan tương ứng ở địa phương ('counterpart_of') của chủ "
            "trì nhiệm vụ cấp trên; nhóm như 'Ủy ban nhân dân cấp tỉnh' tương ứng với cơ quan ban hành kế "
            "hoạch.",
            why="Giao nhiệm vụ cho cơ quan khác với ngành mà cấp trên giao có thể hợp lý, nhưng cũng có thể "
            "làm nhiệm vụ lệch khỏi cơ quan có chức năng; nên rà soát.",
            fix="Mã hóa sai cơ quan thì sửa 'lead'; 'implements' trỏ nhầm nhiệm vụ cấp trên thì sửa "
            "'implements'. Địa phương cố ý giao khác thì giữ nguyên (mức thông tin); danh mục không có cơ "
            "quan tương ứng thì không xét.",
            example=_ex(
                "# cấp trên II.1.b: lead: [Bộ Giáo dục và Đào tạo]",
                "- id: II.1.b",
                "  lead: [Sở Tài chính]",
                "  implements: [II.1.b]",
            ),
        ),
        "en": Doc(
            summary="No lead of the task is the local counterpart ('counterpart_of') of the template task's "
            "lead; a group such as 'Ủy ban nhân dân cấp tỉnh' stands for the plan's issuer.",
            why="Giving the task to a different sector than the template did may be deliberate, but it may "
            "also move it away from the body with the mandate; worth a review.",
            fix="If the lead was mis-encoded, fix 'lead'; if 'implements' names the wrong template task, fix "
            "'implements'. If the local choice is deliberate, keep it (informational); with no registered "
            "counterpart nothing is compared.",
            example=_ex(
                "# template II.1.b: lead: [Bộ Giáo dục và Đào tạo]",
                "- id: II.1.b",
                "  lead: [Sở Tài chính]",
                "  implements: [II.1.b]",
            ),
        ),
    },
    "A003": {
        "vi": Doc(
            summary="Cơ quan chủ trì, phối hợp của nhiệm vụ còn mở, hoặc cơ quan ban hành, không còn tồn tại "
            "vào ngày xét; nêu cơ quan kế nhiệm hiện nay theo chuỗi 'succeeded_by', kèm phần chức năng mỗi "
            "cơ quan nhận.",
            why="Sau sắp xếp bộ máy năm 2025 nhiều sở đã hợp nhất hoặc giải thể; nhiệm vụ còn giao cho cơ "
            "quan cũ thì không còn đầu mối thực hiện và báo cáo. Nhiệm vụ còn mở là chưa được báo cáo hoàn "
            "thành hay hủy; nhiệm vụ hằng năm, thường xuyên luôn được xét.",
            fix="Không sửa 'lead' của văn bản đã ban hành: giao lại nhiệm vụ cho cơ quan kế nhiệm được nêu "
            "(bằng văn bản điều chỉnh), hoặc báo cáo nhiệm vụ đã hoàn thành hay đã hủy. Danh mục thiếu cơ "
            "quan kế nhiệm thì bổ sung 'succeeded_by'.",
            example=_ex(
                "# xhht check --as-of 2025-06-01",
                "- id: II.2.a",
                "  lead: [Sở Thông tin và Truyền thông]",
                "  deadline: thường xuyên",
            ),
        ),
        "en": Doc(
            summary="A lead or cooperating body of an open task, or the plan's issuer, no longer exists on "
            "the as-of date; names the current successors by following 'succeeded_by' chains, with the "
            "functions each took.",
            why="After the 2025 reorganisation many departments were merged or dissolved; a task still held "
            "by a defunct body has nobody to carry it out or report on it. A task is open until reported "
            "done or cancelled; yearly and ongoing tasks always count.",
            fix="Do not edit the 'lead' of an issued document: reassign the task to the successor named (by "
            "an amending document), or report it done or cancelled. If the registry lacks the successor, add "
            "'succeeded_by'.",
            example=_ex(
                "# xhht check --as-of 2025-06-01",
                "- id: II.2.a",
                "  lead: [Sở Thông tin và Truyền thông]",
                "  deadline: thường xuyên",
            ),
        ),
    },
    "A004": {
        "vi": Doc(
            summary="Cùng một cơ quan vừa là cơ quan chủ trì vừa là cơ quan phối hợp của một nhiệm vụ (kể cả "
            "khi ghi bằng hai tên gọi khác nhau của cùng cơ quan).",
            why="Cơ quan không phối hợp với chính mình; thường do chép nhầm, và làm lệch thống kê nhiệm vụ "
            "theo cơ quan.",
            fix="Xóa cơ quan đó khỏi 'cooperating' (hoặc khỏi 'lead', tùy văn bản).",
            example=_ex(
                "lead: [Sở Giáo dục và Đào tạo]",
                "cooperating:",
                "  - Sở GD&ĐT",
                "  - Sở Lao động - Thương binh và Xã hội",
            ),
        ),
        "en": Doc(
            summary="The same body is both lead and cooperating on one task (also when written under two "
            "different names of the same body).",
            why="A body does not cooperate with itself; it is usually a copying slip, and it skews the count "
            "of tasks per body.",
            fix="Remove the body from 'cooperating' (or from 'lead', as the document says).",
            example=_ex(
                "lead: [Sở Giáo dục và Đào tạo]",
                "cooperating:",
                "  - Sở GD&ĐT",
                "  - Sở Lao động - Thương binh và Xã hội",
            ),
        ),
    },
    # -- C: counterparts -------------------------------------------------------------------------------------
    "C001": {
        "vi": Doc(
            summary="Nhiệm vụ cấp trên áp dụng cho kế hoạch (chủ trì hay phối hợp có nhóm cùng cấp, hoặc cơ "
            "quan trung ương có cơ quan tương ứng ở địa bàn) mà không có nhiệm vụ nào thực hiện và không "
            "được miễn trừ.",
            why="Kế hoạch cấp dưới phải cụ thể hóa mọi nhiệm vụ cấp trên giao cho địa phương; nhiệm vụ bị bỏ "
            "sót sẽ không có ai thực hiện ở địa phương.",
            fix="Kế hoạch có nhiệm vụ tương ứng thì thêm mã nhiệm vụ cấp trên vào 'implements' của nó. Nhiệm "
            "vụ không áp dụng ở địa phương thì miễn trừ có lý do: waived: [{implements: II.7.a.1, reason: "
            "…}].",
            example=_ex(
                "plan:",
                "  id: haiphong-211-2020",
                "  implements: qd-489-2020",
                "# không nhiệm vụ nào có implements: [II.7.a.1], không có waived cho II.7.a.1",
            ),
        ),
        "en": Doc(
            summary="A template task that applies to the plan (its bodies include a group of the plan's "
            "level, or a national body with a counterpart in its jurisdiction) has no implementing task and "
            "no waiver.",
            why="An implementing plan must carry out every template task addressed to its level; a task left "
            "out has nobody to do it locally.",
            fix="If a task of the plan covers it, add the template task id to that task's 'implements'. If "
            "it does not apply locally, waive it with a reason: waived: [{implements: II.7.a.1, reason: …}].",
            example=_ex(
                "plan:",
                "  id: haiphong-211-2020",
                "  implements: qd-489-2020",
                "# no task has implements: [II.7.a.1], and no waiver names II.7.a.1",
            ),
        ),
    },
    "C002": {
        "vi": Doc(
            summary="'implements' của nhiệm vụ, chỉ tiêu hay mục miễn trừ trỏ tới mã không có trong kế hoạch "
            "cấp trên; hoặc mục của báo cáo tiến độ nêu nhiệm vụ mà kế hoạch không có.",
            why="Mã trỏ sai làm nhiệm vụ cấp trên bị tính là thiếu (C001), miễn trừ không có tác dụng, và "
            "tiến độ trong báo cáo không được ghi nhận.",
            fix="Sửa mã theo đúng cách đánh số của kế hoạch cấp trên (`xhht coverage` liệt kê các mã), hoặc "
            "của kế hoạch mà báo cáo nói tới.",
            example=_ex(
                "- id: II.1.a",
                "  implements: [II.1.1]     # kế hoạch cấp trên đánh số II.1.a",
            ),
        ),
        "en": Doc(
            summary="A task's, target's or waiver's 'implements' names an id the template does not have; or "
            "a progress report entry names a task its plan does not have.",
            why="A wrong id makes the template task count as missing (C001), voids the waiver, and loses the "
            "progress the report records.",
            fix="Use the template's own numbering (`xhht coverage` lists its ids), or that of the plan the "
            "report is about.",
            example=_ex(
                "- id: II.1.a",
                "  implements: [II.1.1]     # the template numbers it II.1.a",
            ),
        ),
    },
    "C003": {
        "vi": Doc(
            summary="Nhiệm vụ của một kế hoạch có kế hoạch cấp trên nhưng không 'implements' nhiệm vụ cấp trên nào.",
            why="Nhiệm vụ riêng của địa phương là bình thường; mã này giúp tách chúng khỏi những nhiệm vụ "
            "quên ghi 'implements'.",
            fix="Nhiệm vụ thực hiện một nhiệm vụ cấp trên thì thêm mã đó vào 'implements'. Là sáng kiến "
            "riêng thì không cần sửa (có thể ẩn bằng --ignore C003).",
            example=_ex(
                "- id: II.7.3",
                "  text: Tổ chức hội thảo về mô hình công dân học tập …",
                "  lead: [Sở Giáo dục và Đào tạo]",
            ),
        ),
        "en": Doc(
            summary="A task of a plan that has a template implements no template task.",
            why="Local initiatives are normal; this tells them apart from tasks whose 'implements' was forgotten.",
            fix="If the task carries out a template task, add that id to 'implements'. If it is a local "
            "initiative, nothing to fix (hide with --ignore C003).",
            example=_ex(
                "- id: II.7.3",
                "  text: Tổ chức hội thảo về mô hình công dân học tập …",
                "  lead: [Sở Giáo dục và Đào tạo]",
            ),
        ),
    },
    "C004": {
        "vi": Doc(
            summary="Nhiệm vụ yêu cầu cơ quan hay nhóm ban hành kế hoạch riêng ('requires_plans.from') mà "
            "các tệp kiểm tra không có kế hoạch nào của cơ quan đó (với nhóm: ở cấp của nhóm) thực hiện kế "
            "hoạch này.",
            why="Kế hoạch cấp dưới là bằng chứng nhiệm vụ đã được triển khai xuống; thiếu nó thì không theo "
            "dõi được phần việc của cơ quan đó.",
            fix="Mã hóa kế hoạch của cơ quan đó ('implements' trỏ tới kế hoạch này) và đưa vào các tệp kiểm "
            "tra. Cơ quan chưa ban hành thì cần đôn đốc.",
            example=_ex(
                "requires_plans:",
                "  from:",
                "    - Ủy ban nhân dân các quận, huyện",
                "  deadline: trước ngày 10/9/2020",
            ),
        ),
        "en": Doc(
            summary="A task requires a body or group to issue its own plan ('requires_plans.from') but no "
            "checked file holds a plan by that body (for a group: at the group's level) implementing this "
            "one.",
            why="The implementing plan is the evidence the work was passed down; without it the body's share "
            "cannot be followed.",
            fix="Encode that body's plan (with 'implements' naming this plan) and add it to the paths "
            "checked. If the body has not issued one, it needs chasing.",
            example=_ex(
                "requires_plans:",
                "  from:",
                "    - Ủy ban nhân dân các quận, huyện",
                "  deadline: trước ngày 10/9/2020",
            ),
        ),
    },
    # -- T: targets ------------------------------------------------------------------------------------------
    "T001": {
        "vi": Doc(
            summary="Chỉ tiêu địa phương thấp hơn chỉ tiêu cấp trên mà nó thực hiện, khi cùng 'indicator' và "
            "cùng năm 'by' (đơn vị 'unit' không được so).",
            why="Chỉ tiêu thấp hơn làm giảm cam kết chung; cấp trên thường yêu cầu địa phương đạt ít nhất mức đã giao.",
            fix="Mã hóa sai thì sửa 'value'; 'implements' hay 'indicator' trỏ nhầm thì sửa lại. Văn bản ghi "
            "đúng mức thấp hơn thì giữ nguyên: đây là điều cần kiến nghị.",
            example=_ex(
                "- id: I.2.1.1.3",
                "  indicator: dong-ho-hoc-tap",
                "  value: 60               # cấp trên MT.2025.3: 65 đến 2025",
                "  by: 2025",
                "  implements: MT.2025.3",
            ),
        ),
        "en": Doc(
            summary="A local target is lower than the template target it implements, with the same "
            "'indicator' and the same year 'by' ('unit' is not compared).",
            why="A lower local figure weakens the shared commitment; templates usually expect at least the "
            "level they set.",
            fix="If mis-encoded, fix 'value'; if 'implements' or 'indicator' names the wrong target, fix it. "
            "If the document sets the lower figure, keep it: it is something to raise.",
            example=_ex(
                "- id: I.2.1.1.3",
                "  indicator: dong-ho-hoc-tap",
                "  value: 60               # template MT.2025.3: 65 by 2025",
                "  by: 2025",
                "  implements: MT.2025.3",
            ),
        ),
    },
    "T002": {
        "vi": Doc(
            summary="Một chỉ tiêu của kế hoạch cấp trên không có chỉ tiêu địa phương nào 'implements' nó và "
            "không được miễn trừ; mọi chỉ tiêu cấp trên đều được xét vì chỉ tiêu không gắn với cơ quan.",
            why="Chỉ tiêu cấp trên cần được cụ thể hóa bằng con số của địa phương thì mới đo được mức thực hiện.",
            fix="Thêm chỉ tiêu vào 'targets' (của kế hoạch hoặc của mục) với 'implements' là mã chỉ tiêu cấp "
            "trên, hoặc ghi 'implements' cho chỉ tiêu đã có; không áp dụng thì miễn trừ trong 'waived' kèm "
            "lý do.",
            example=_ex(
                "plan:",
                "  id: binhduong-3853-2022",
                "  implements: qd-387-2022",
                "# không chỉ tiêu nào có implements: MT.2025.3 (dòng họ học tập: 65% đến 2025)",
            ),
        ),
        "en": Doc(
            summary="A template target has no local target implementing it and is not waived; every template "
            "target counts, since targets are not tied to bodies.",
            why="A template target needs a local figure before anyone can measure how far it is met.",
            fix="Add a target under 'targets' (of the plan or a section) whose 'implements' is the template "
            "target id, or set 'implements' on an existing one; if it does not apply, waive it in 'waived' "
            "with a reason.",
            example=_ex(
                "plan:",
                "  id: binhduong-3853-2022",
                "  implements: qd-387-2022",
                "# no target has implements: MT.2025.3 (dòng họ học tập: 65% by 2025)",
            ),
        ),
    },
    # -- P: document identity --------------------------------------------------------------------------------
    "P001": {
        "vi": Doc(
            summary="'plan.number' không đúng dạng số, ký hiệu văn bản (211/KH-UBND, 489/QĐ-TTg, "
            "35/2017/TT-BGDĐT, 49-KL/TW).",
            why="Số, ký hiệu dùng để dẫn chiếu và tra cứu văn bản; ghi sai thì không khớp được với trích dẫn "
            "trong các văn bản khác.",
            fix="Ghi đúng như in trên văn bản: số, năm (nếu có), ký hiệu loại văn bản và cơ quan ban hành, "
            "không khoảng trắng, không chữ 'Số' (thông báo gợi ý cách viết liền nếu đúng dạng). Dự thảo chưa "
            "có số thì bỏ khóa 'number'.",
            example=_ex(
                "plan:",
                "  number: 211 / KH-UBND",
            ),
        ),
        "en": Doc(
            summary="'plan.number' is not a well-formed số, ký hiệu (211/KH-UBND, 489/QĐ-TTg, "
            "35/2017/TT-BGDĐT, 49-KL/TW).",
            why="The số, ký hiệu is how documents are cited and found; a malformed one does not match the "
            "citations in other documents.",
            fix="Write it exactly as printed: number, optional year, document type and issuer abbreviations, "
            "with no spaces and no 'Số' (the message suggests the spaceless form when that is well formed). "
            "Leave 'number' out of an unnumbered draft.",
            example=_ex(
                "plan:",
                "  number: 211 / KH-UBND",
            ),
        ),
    },
    "P002": {
        "vi": Doc(
            summary="Văn bản nguồn của kế hoạch không dẫn số, ký hiệu của văn bản cấp trên kèm ngày ngay sau "
            "('… số 489/QĐ-TTg ngày 08/4/2020'), hoặc dẫn với ngày khác 'issued' của kế hoạch cấp trên.",
            why="Dẫn sai số hay sai ngày cho thấy 'implements' trỏ nhầm văn bản, hoặc văn bản địa phương dẫn "
            "sai căn cứ ban hành.",
            fix="Kiểm tra 'implements' trỏ đúng kế hoạch cấp trên và 'issued' của kế hoạch đó đúng. Nếu "
            "chính văn bản địa phương dẫn sai, giữ nguyên văn bản nguồn: đó là sai sót cần ghi nhận.",
            example=_ex(
                "Thực hiện Quyết định số 489/QĐ-TTg ngày 18/4/2020 của Thủ tướng Chính phủ …",
                "# kế hoạch cấp trên qd-489-2020 ghi issued: 2020-04-08",
            ),
        ),
        "en": Doc(
            summary="The plan's source text does not cite the template's số, ký hiệu followed by a date ('… "
            "số 489/QĐ-TTg ngày 08/4/2020'), or cites it with a date other than the template's 'issued'.",
            why="A wrong number or date suggests that 'implements' names the wrong document, or that the "
            "local document cites the wrong legal basis.",
            fix="Check that 'implements' names the right template and that its 'issued' is right. If the "
            "local document itself cites wrongly, leave the source text as it is: it is an error to record.",
            example=_ex(
                "Thực hiện Quyết định số 489/QĐ-TTg ngày 18/4/2020 của Thủ tướng Chính phủ …",
                "# the template qd-489-2020 records issued: 2020-04-08",
            ),
        ),
    },
    "P003": {
        "vi": Doc(
            summary="Văn bản nguồn dẫn một ngày không có thật (tháng ngoài 1–12 hoặc ngày vượt số ngày của "
            "tháng), dạng 22/22/2033 hoặc 'ngày 30 tháng 2 năm 2021'; báo tại dòng trong tệp nguồn.",
            why="Ngày không có thật là lỗi của văn bản hoặc lỗi khi sao chép văn bản nguồn; văn bản được dẫn "
            "theo ngày đó không tra cứu được.",
            fix="So với bản gốc: lỗi do sao chép thì sửa tệp nguồn; bản gốc ghi sai thì giữ nguyên và ghi "
            "nhận để kiến nghị đính chính.",
            example="Căn cứ Công văn số 8001/VP-VX ngày 22/22/2033 của Văn phòng Ủy ban nhân dân thành phố …",
        ),
        "en": Doc(
            summary="The source text cites a date that does not exist (a month outside 1–12, or a day beyond "
            "the month's length), written 22/22/2033 or 'ngày 30 tháng 2 năm 2021'; reported at its line in "
            "the source file.",
            why="An impossible date is an error in the document or in copying its text; the document cited "
            "by that date cannot be looked up.",
            fix="Compare with the original: fix the source file if the error came from copying; if the "
            "original has it, keep it and record it so a correction can be requested.",
            example="Căn cứ Công văn số 8001/VP-VX ngày 22/22/2033 của Văn phòng Ủy ban nhân dân thành phố …",
        ),
    },
}


def _merge_entry_docs() -> None:
    from xhht_cli.explain_entries import DOCS as entry_docs

    DOCS.update(entry_docs)


_merge_entry_docs()


def doc(code: str, lang: str) -> Doc:
    """The documentation of `code` in `lang` ("vi" or "en"; any other language gets English).

    Raises KeyError for an unknown code.
    """
    entry = DOCS[code.upper()]
    return entry["vi"] if lang == "vi" else entry["en"]
