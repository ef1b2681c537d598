<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>td::AttendanceService</name>
    <message>
        <source>%1 on %2 at %3</source>
        <translation>%1，%2 %3</translation>
    </message>
    <message>
        <source>Instructors record attendance of their own sessions only; %1 is taught by someone else.</source>
        <translation>老师只能为自己的课次记录考勤；%1 由其他老师授课。</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 已取消。</translation>
    </message>
    <message>
        <source>%1 has not started yet; check-in opens at %2.</source>
        <translation>%1 尚未开始；%2 开放签到。</translation>
    </message>
    <message>
        <source>%1 (%2) is not enrolled in %3. Offer a drop-in sale or enroll them first.</source>
        <translation>%1（%2）未报名 %3。请先为其报名，或出售单次课。</translation>
    </message>
    <message>
        <source>%1 (%2) has %3 class hours left for %4, and the session takes %5 in one pack. Sell a pack first.</source>
        <translation>%1（%2）在 %4 还剩 %3 课时，本次课需从同一课包扣 %5 课时。请先出售课包。</translation>
    </message>
    <message>
        <source>The class-hour packs of %1 (%2) for %3 expired on %4. Sell a new pack or a drop-in first.</source>
        <translation>%1（%2）用于 %3 的课包已于 %4 过期。请先出售新课包或单次课。</translation>
    </message>
    <message>
        <source>%1 (%2) has no class-hour pack for %3. Sell a pack or a drop-in first.</source>
        <translation>%1（%2）没有 %3 的课包。请先出售课包或单次课。</translation>
    </message>
    <message>
        <source>The pack is now %1 class hours below zero; sell a pack to cover them.</source>
        <translation>该课包已欠 %1 课时，请出售课包补足。</translation>
    </message>
    <message>
        <source>Only %1 class hours left on the pack.</source>
        <translation>课包仅剩 %1 课时。</translation>
    </message>
    <message>
        <source>The pack expires on %1.</source>
        <translation>课包将于 %1 到期。</translation>
    </message>
    <message>
        <source>The membership ended on %1; offer a renewal.</source>
        <translation>会员已于 %1 到期，请提醒续费。</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺勤</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Makeup</source>
        <translation>补课</translation>
    </message>
    <message>
        <source>Choose the session.</source>
        <translation>请选择课次。</translation>
    </message>
    <message>
        <source>Choose the student.</source>
        <translation>请选择学员。</translation>
    </message>
    <message>
        <source>%1 (%2) is already checked in to %3: %4 at %5. Change or undo that record instead.</source>
        <translation>%1（%2）已在 %3 签到：%5 %4。请修改或撤销该记录。</translation>
    </message>
    <message>
        <source>Scan or type a student code.</source>
        <translation>请扫描或输入学员编号。</translation>
    </message>
    <message>
        <source>No student has the code %1.</source>
        <translation>没有编号为 %1 的学员。</translation>
    </message>
    <message>
        <source>%1 (%2) has no session now. Their next one is %3; check-in opens at %4.</source>
        <translation>%1（%2）现在没有课。下一次课是 %3，%4 开放签到。</translation>
    </message>
    <message>
        <source>%1 (%2) is not enrolled in any session now (such as %3). Offer a drop-in sale.</source>
        <translation>%1（%2）没有报名当前的任何课次（如 %3）。可出售单次课。</translation>
    </message>
    <message>
        <source>%1 (%2) has no session to check in to now.</source>
        <translation>%1（%2）现在没有可签到的课次。</translation>
    </message>
    <message>
        <source>That attendance record no longer exists.</source>
        <translation>该考勤记录已不存在。</translation>
    </message>
    <message>
        <source>Mark at least one student.</source>
        <translation>请至少标记一名学员。</translation>
    </message>
    <message>
        <source>A student appears twice in the roster.</source>
        <translation>点名册中有学员重复出现。</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
</context>
<context>
    <name>td::BillingNames</name>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>class-hour pack</source>
        <translation>课包</translation>
    </message>
    <message>
        <source>membership</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>material</source>
        <translation>教材</translation>
    </message>
    <message>
        <source>drop-in ticket</source>
        <translation>单次课票</translation>
    </message>
</context>
<context>
    <name>td::CatalogItem</name>
    <message>
        <source>Online course</source>
        <translation>线上课程</translation>
    </message>
    <message>
        <source>E-book</source>
        <translation>电子书</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>专栏</translation>
    </message>
    <message>
        <source>Membership plan</source>
        <translation>会员方案</translation>
    </message>
    <message>
        <source>Offline course</source>
        <translation>线下课程</translation>
    </message>
    <message>
        <source>Workshop or lecture</source>
        <translation>工作坊或讲座</translation>
    </message>
</context>
<context>
    <name>td::CatalogService</name>
    <message>
        <source>The title is empty.</source>
        <translation>标题为空。</translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation>价格不能为负数。</translation>
    </message>
    <message>
        <source>The class hours cannot be negative.</source>
        <translation>课时不能为负数。</translation>
    </message>
    <message>
        <source>The level cannot be negative.</source>
        <translation>级别不能为负数。</translation>
    </message>
    <message>
        <source>The duration cannot be negative.</source>
        <translation>时长不能为负数。</translation>
    </message>
    <message>
        <source>A membership plan needs a duration of at least one day.</source>
        <translation>会员方案的时长至少为一天。</translation>
    </message>
    <message>
        <source>An item cannot be its own prerequisite.</source>
        <translation>项目不能以自身为先修。</translation>
    </message>
    <message>
        <source>The prerequisite is not in the catalog.</source>
        <translation>先修项目不在目录中。</translation>
    </message>
    <message>
        <source>The prerequisite already requires this item, which would make a circle.</source>
        <translation>先修项目已要求本项目，会形成循环。</translation>
    </message>
    <message>
        <source>“%1” has classes, so it must stay an offline course or a workshop.</source>
        <translation>“%1”已有班级，必须保持为线下课程或工作坊。</translation>
    </message>
    <message>
        <source>“%1” belongs to the online catalog; change it there.</source>
        <translation>“%1”属于线上目录，请在线上修改。</translation>
    </message>
    <message>
        <source>There is no catalog item with id %1.</source>
        <translation>没有 ID 为 %1 的目录项目。</translation>
    </message>
    <message>
        <source>There is no catalog item %1.</source>
        <translation>没有目录项目 %1。</translation>
    </message>
    <message>
        <source>There is no item with online id %1 in the catalog.</source>
        <translation>目录中没有线上 ID 为 %1 的项目。</translation>
    </message>
    <message>
        <source>An item from the online catalog has no id.</source>
        <translation>线上目录中的某个项目没有 ID。</translation>
    </message>
    <message>
        <source>The online catalog sent item %1 twice.</source>
        <translation>线上目录重复发送了项目 %1。</translation>
    </message>
    <message>
        <source>Online item %1: %2</source>
        <translation>线上项目 %1：%2</translation>
    </message>
    <message>
        <source>Online item %1 clashes with a local item.</source>
        <translation>线上项目 %1 与本地项目冲突。</translation>
    </message>
    <message>
        <source>Online item %1 requires %2, which is not in the catalog.</source>
        <translation>线上项目 %1 需要 %2，但目录中没有。</translation>
    </message>
</context>
<context>
    <name>td::CenterSettings</name>
    <message>
        <source>The center name is empty.</source>
        <translation>中心名称为空。</translation>
    </message>
    <message>
        <source>A currency code is three capital letters, such as CNY or USD.</source>
        <translation>货币代码为三个大写字母，如 CNY 或 USD。</translation>
    </message>
    <message>
        <source>%1 is not a known time zone.</source>
        <translation>%1 不是已知的时区。</translation>
    </message>
    <message>
        <source>This setting is either true or false.</source>
        <translation>此设置只能为 true 或 false。</translation>
    </message>
    <message>
        <source>This setting is a whole number, zero or more.</source>
        <translation>此设置应为大于或等于零的整数。</translation>
    </message>
    <message>
        <source>This setting is a number, zero or more.</source>
        <translation>此设置须为零或正数。</translation>
    </message>
</context>
<context>
    <name>td::ClassHourLedger</name>
    <message>
        <source>There is no class-hour pack %1.</source>
        <translation>没有课包 %1。</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>Attended session</source>
        <translation>上课扣课时</translation>
    </message>
    <message>
        <source>Check-in undone</source>
        <translation>撤销签到</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Choose the student the pack is for.</source>
        <translation>请选择课包所属的学员。</translation>
    </message>
    <message>
        <source>The course of the pack does not exist.</source>
        <translation>课包对应的课程不存在。</translation>
    </message>
    <message>
        <source>Class hours are for offline courses and workshops only.</source>
        <translation>课时仅适用于线下课程和工作坊。</translation>
    </message>
    <message>
        <source>Choose the course or the category the pack&apos;s hours are for.</source>
        <translation>请选择课包课时适用的课程或类别。</translation>
    </message>
    <message>
        <source>A pack needs more than zero class hours.</source>
        <translation>课包的课时必须大于零。</translation>
    </message>
    <message>
        <source>The expiry date %1 is already past.</source>
        <translation>到期日 %1 已过。</translation>
    </message>
    <message>
        <source>The sale line of the pack does not exist.</source>
        <translation>课包对应的销售明细不存在。</translation>
    </message>
    <message>
        <source>Refund more than zero class hours.</source>
        <translation>退还的课时必须大于零。</translation>
    </message>
    <message>
        <source>Only %1 class hours remain on the pack; %2 cannot be refunded.</source>
        <translation>课包仅剩 %1 课时，无法退还 %2 课时。</translation>
    </message>
    <message>
        <source>Only an administrator may correct a class-hour balance.</source>
        <translation>只有管理员可以更正课时余额。</translation>
    </message>
    <message>
        <source>A correction changes the balance by more or less than zero hours.</source>
        <translation>更正必须使余额发生变化（不能为零课时）。</translation>
    </message>
    <message>
        <source>Say why the balance is corrected.</source>
        <translation>请说明更正余额的原因。</translation>
    </message>
    <message>
        <source>The pack has %1 class hours; the correction would take it below zero.</source>
        <translation>课包有 %1 课时，此更正会使其低于零。</translation>
    </message>
</context>
<context>
    <name>td::ClassStatus</name>
    <message>
        <source>Active</source>
        <translation>在读</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已结束</translation>
    </message>
</context>
<context>
    <name>td::ConsentKind</name>
    <message>
        <source>Data processing</source>
        <translation>个人信息处理</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>营销信息</translation>
    </message>
</context>
<context>
    <name>td::Context</name>
    <message>
        <source>view students</source>
        <translation>查看学员</translation>
    </message>
    <message>
        <source>create or change students</source>
        <translation>新建或修改学员</translation>
    </message>
    <message>
        <source>export or erase a student&apos;s personal data</source>
        <translation>导出或删除学员个人数据</translation>
    </message>
    <message>
        <source>change the catalog</source>
        <translation>修改课程目录</translation>
    </message>
    <message>
        <source>change the schedule</source>
        <translation>修改课表</translation>
    </message>
    <message>
        <source>enroll students</source>
        <translation>为学员报名</translation>
    </message>
    <message>
        <source>record attendance</source>
        <translation>记录考勤</translation>
    </message>
    <message>
        <source>record feedback</source>
        <translation>记录评价</translation>
    </message>
    <message>
        <source>take payments</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>request refunds</source>
        <translation>申请退款</translation>
    </message>
    <message>
        <source>approve refunds</source>
        <translation>审批退款</translation>
    </message>
    <message>
        <source>close the day</source>
        <translation>日结</translation>
    </message>
    <message>
        <source>view reports</source>
        <translation>查看报表</translation>
    </message>
    <message>
        <source>manage staff accounts</source>
        <translation>管理员工账号</translation>
    </message>
    <message>
        <source>change the center&apos;s settings</source>
        <translation>修改中心设置</translation>
    </message>
    <message>
        <source>back up or restore the database</source>
        <translation>备份或恢复数据库</translation>
    </message>
    <message>
        <source>sync with the online catalog</source>
        <translation>与线上目录同步</translation>
    </message>
    <message>
        <source>%1 (%2) is not allowed to %3.</source>
        <translation>%1（%2）无权%3。</translation>
    </message>
</context>
<context>
    <name>td::Csv</name>
    <message>
        <source>The file is not valid %1 text.</source>
        <translation>该文件不是有效的 %1 文本。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor UTF-16 text, and this system cannot read GB18030/GBK. Save it from Excel as &quot;CSV UTF-8&quot;.</source>
        <translation>该文件既不是 UTF-8 也不是 UTF-16 文本，且本系统无法读取 GB18030/GBK。请在 Excel 中另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>The file&apos;s text encoding is not recognized: it is not UTF-8, UTF-16 or GB18030/GBK. Save it from Excel as &quot;CSV UTF-8&quot;.</source>
        <translation>无法识别文件的文本编码：不是 UTF-8、UTF-16 或 GB18030/GBK。请在 Excel 中另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>第 %1 行：引号内的字段没有结束。</translation>
    </message>
</context>
<context>
    <name>td::DailyClose</name>
    <message>
        <source>Choose the day to close.</source>
        <translation>请选择要日结的日期。</translation>
    </message>
    <message>
        <source>%1 has not begun yet; it cannot be closed.</source>
        <translation>%1 尚未开始，无法日结。</translation>
    </message>
    <message>
        <source>%1 was already closed by %2.</source>
        <translation>%1 已由 %2 完成日结。</translation>
    </message>
</context>
<context>
    <name>td::Database</name>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>数据库文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer TrainingDesk (schema version %2; this version understands up to %3). Nothing was changed; please update TrainingDesk.</source>
        <translation>数据库 %1 由更新版本的 TrainingDesk 写入（结构版本 %2；本版本最高支持 %3）。未做任何更改；请升级 TrainingDesk。</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this TrainingDesk needs version %3. Open it once in the TrainingDesk app to upgrade it.</source>
        <translation>数据库 %1 的结构版本为 %2，而本 TrainingDesk 需要版本 %3。请先在 TrainingDesk 应用中打开一次以完成升级。</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>Database error: the transaction is no longer open.</source>
        <translation>数据库错误：事务已不再打开。</translation>
    </message>
</context>
<context>
    <name>td::DatabaseCheck</name>
    <message>
        <source>Database structure: %1</source>
        <translation>数据库结构：%1</translation>
    </message>
    <message>
        <source>Table %1, row %2 refers to a %3 row that does not exist.</source>
        <translation>表 %1 的第 %2 行引用了不存在的 %3 记录。</translation>
    </message>
</context>
<context>
    <name>td::DemoCenter</name>
    <message>
        <source>Students</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Enrollments and attendance</source>
        <translation>报名与考勤</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The number of students must be between 1 and 2,000,000.</source>
        <translation>学员数必须在 1 到 2,000,000 之间。</translation>
    </message>
    <message>
        <source>The database %1 already holds a center; the demo center needs an empty one.</source>
        <translation>数据库 %1 中已有中心；演示中心需要空数据库。</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>规划</translation>
    </message>
    <message>
        <source>Staff, catalog and schedule</source>
        <translation>员工、目录与课表</translation>
    </message>
    <message>
        <source>Memberships and online activity</source>
        <translation>会员与线上学习</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Building the demo center failed: %1</source>
        <translation>创建演示中心失败：%1</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>td::EnrollmentService</name>
    <message>
        <source>The class or the student no longer exists.</source>
        <translation>班级或学员已不存在。</translation>
    </message>
    <message>
        <source>Choose a class.</source>
        <translation>请选择班级。</translation>
    </message>
    <message>
        <source>The class %1 is %2.</source>
        <translation>班级 %1 %2。</translation>
    </message>
    <message>
        <source>Choose a student.</source>
        <translation>请选择学员。</translation>
    </message>
    <message>
        <source>%1 is archived; reactivate the student first.</source>
        <translation>%1 已归档，请先恢复该学员。</translation>
    </message>
    <message>
        <source>%1 is already enrolled in %2.</source>
        <translation>%1 已报名 %2。</translation>
    </message>
    <message>
        <source>%1 is already on the waitlist of %2.</source>
        <translation>%1 已在 %2 的候补名单中。</translation>
    </message>
    <message>
        <source>%1 has already completed %2.</source>
        <translation>%1 已完成 %2。</translation>
    </message>
    <message>
        <source>%1 is not in %2 any more (%3).</source>
        <translation>%1 已不在 %2 中（%3）。</translation>
    </message>
    <message>
        <source>There is no enrollment with id %1.</source>
        <translation>没有 ID 为 %1 的报名记录。</translation>
    </message>
</context>
<context>
    <name>td::EnrollmentStatus</name>
    <message>
        <source>Enrolled</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>候补</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已退出</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已结业</translation>
    </message>
</context>
<context>
    <name>td::FeedbackService</name>
    <message>
        <source>Choose the student giving the feedback.</source>
        <translation>请选择给出评价的学员。</translation>
    </message>
    <message>
        <source>Choose the session or the course the feedback is about.</source>
        <translation>请选择评价针对的课次或课程。</translation>
    </message>
    <message>
        <source>The session does not exist.</source>
        <translation>该课次不存在。</translation>
    </message>
    <message>
        <source>The session belongs to another course.</source>
        <translation>该课次属于其他课程。</translation>
    </message>
    <message>
        <source>The course does not exist.</source>
        <translation>该课程不存在。</translation>
    </message>
    <message>
        <source>A rating is from 1 to 5.</source>
        <translation>评分为 1 到 5 分。</translation>
    </message>
    <message>
        <source>The comment is longer than %1 characters.</source>
        <translation>评语超过 %1 个字符。</translation>
    </message>
    <message>
        <source>%1 (%2) did not attend this session; only attendees rate a session.</source>
        <translation>%1（%2）未出席本次课；只有出席的学员才能评分。</translation>
    </message>
    <message>
        <source>%1 (%2) has already rated this session.</source>
        <translation>%1（%2）已为本次课评分。</translation>
    </message>
</context>
<context>
    <name>td::LedgerChecks</name>
    <message>
        <source>Class-hour pack %1: %2 hours bought, but its purchase entries add up to %3.</source>
        <translation>课包 %1：购买了 %2 课时，但购买记录合计为 %3。</translation>
    </message>
    <message>
        <source>Class-hour pack %1 has %2 hours, but receipt %3 sold %4.</source>
        <translation>课包 %1 有 %2 课时，但收据 %3 售出的是 %4。</translation>
    </message>
    <message>
        <source>Class-hour pack %1 is below zero (%2 hours) although the center does not allow it.</source>
        <translation>课包 %1 低于零（%2 课时），而中心不允许欠课时。</translation>
    </message>
    <message>
        <source>Attendance %1 deducted class hours %2 times.</source>
        <translation>考勤 %1 扣除了 %2 次课时。</translation>
    </message>
    <message>
        <source>Receipt %1 line %2: %3 (%4 hours) refunded of %5 (%6 hours).</source>
        <translation>收据 %1 第 %2 行：已退 %3（%4 课时），原为 %5（%6 课时）。</translation>
    </message>
    <message>
        <source>Receipt %1 line %2 does not refund a line of the sale it refers to.</source>
        <translation>收据 %1 第 %2 行退款的不是所引用销售中的明细。</translation>
    </message>
    <message>
        <source>Receipt numbers %1 to %2 are missing (the next receipt is %3).</source>
        <translation>缺少收据号 %1 至 %2（下一张收据为 %3）。</translation>
    </message>
    <message>
        <source>Receipt number %1 is out of sequence.</source>
        <translation>收据号 %1 顺序不连续。</translation>
    </message>
    <message>
        <source>Receipt %1 has no lines.</source>
        <translation>收据 %1 没有明细。</translation>
    </message>
    <message>
        <source>Receipt %1: subtotal %2, discount %3, total %4, but its lines add up to %5, %6, %7.</source>
        <translation>收据 %1：小计 %2，折扣 %3，合计 %4，但明细合计为 %5、%6、%7。</translation>
    </message>
</context>
<context>
    <name>td::MembershipService</name>
    <message>
        <source>Choose the student the membership is for.</source>
        <translation>请选择会员所属的学员。</translation>
    </message>
    <message>
        <source>Choose a membership plan.</source>
        <translation>请选择会员方案。</translation>
    </message>
    <message>
        <source>The membership plan %1 has no duration; set its number of days first.</source>
        <translation>会员方案 %1 没有时长，请先设置天数。</translation>
    </message>
    <message>
        <source>Choose the day the membership starts.</source>
        <translation>请选择会员开始日期。</translation>
    </message>
    <message>
        <source>The sale line of the membership does not exist.</source>
        <translation>会员对应的销售明细不存在。</translation>
    </message>
</context>
<context>
    <name>td::PaymentService</name>
    <message>
        <source>Add at least one item to the sale.</source>
        <translation>请至少添加一个销售项目。</translation>
    </message>
    <message>
        <source>A sale can have at most %1 lines.</source>
        <translation>一笔销售最多 %1 行明细。</translation>
    </message>
    <message>
        <source>The student of this sale does not exist.</source>
        <translation>此笔销售的学员不存在。</translation>
    </message>
    <message>
        <source>Line %1: the item does not exist.</source>
        <translation>第 %1 行：项目不存在。</translation>
    </message>
    <message>
        <source>Line %1: %2 cannot be sold as %3.</source>
        <translation>第 %1 行：%2 不能作为%3出售。</translation>
    </message>
    <message>
        <source>Line %1: choose the item to sell.</source>
        <translation>第 %1 行：请选择要出售的项目。</translation>
    </message>
    <message>
        <source>Line %1: a %2 is sold to a student; choose the student first.</source>
        <translation>第 %1 行：%2需要售给学员，请先选择学员。</translation>
    </message>
    <message>
        <source>Line %1: describe what is sold.</source>
        <translation>第 %1 行：请填写出售内容。</translation>
    </message>
    <message>
        <source>Line %1: the quantity must be between 1 and %2.</source>
        <translation>第 %1 行：数量必须在 1 到 %2 之间。</translation>
    </message>
    <message>
        <source>Line %1: a membership is sold one at a time.</source>
        <translation>第 %1 行：会员每次只能售出一份。</translation>
    </message>
    <message>
        <source>Line %1: enter the price.</source>
        <translation>第 %1 行：请输入价格。</translation>
    </message>
    <message>
        <source>Line %1: the price cannot be negative.</source>
        <translation>第 %1 行：价格不能为负数。</translation>
    </message>
    <message>
        <source>Line %1: the price is too large.</source>
        <translation>第 %1 行：价格过大。</translation>
    </message>
    <message>
        <source>Line %1: the discount cannot be negative.</source>
        <translation>第 %1 行：折扣不能为负数。</translation>
    </message>
    <message>
        <source>Line %1: the discount is larger than the line&apos;s amount.</source>
        <translation>第 %1 行：折扣大于该行金额。</translation>
    </message>
    <message>
        <source>Line %1: a class-hour pack needs a positive number of class hours.</source>
        <translation>第 %1 行：课包的课时必须为正数。</translation>
    </message>
    <message>
        <source>Line %1: the pack would already be expired.</source>
        <translation>第 %1 行：该课包已会过期。</translation>
    </message>
    <message>
        <source>The sale is too large for one receipt.</source>
        <translation>此笔销售金额过大，无法开在一张收据上。</translation>
    </message>
    <message>
        <source>A percentage discount must be between 0 % and 100 %.</source>
        <translation>百分比折扣必须在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <source>The discount cannot be negative.</source>
        <translation>折扣不能为负数。</translation>
    </message>
    <message>
        <source>The discount is larger than the sale&apos;s amount.</source>
        <translation>折扣大于销售金额。</translation>
    </message>
    <message>
        <source>The cash handed over (%1) is less than the total (%2).</source>
        <translation>实收现金（%1）少于应收合计（%2）。</translation>
    </message>
    <message>
        <source>The cash handed over is too large.</source>
        <translation>实收现金金额过大。</translation>
    </message>
    <message>
        <source>%1 is not allowed to approve refunds.</source>
        <translation>%1 无权审批退款。</translation>
    </message>
    <message>
        <source>The approving staff account is not active.</source>
        <translation>审批人的账号已停用。</translation>
    </message>
    <message>
        <source>A refund requested by %1 needs the approval of an administrator.</source>
        <translation>%1 申请的退款需要管理员审批。</translation>
    </message>
    <message>
        <source>The sale to refund does not exist.</source>
        <translation>要退款的销售不存在。</translation>
    </message>
    <message>
        <source>%1 is itself a refund; refund the original sale.</source>
        <translation>%1 本身就是退款，请对原销售退款。</translation>
    </message>
    <message>
        <source>Give the reason for the refund.</source>
        <translation>请填写退款原因。</translation>
    </message>
    <message>
        <source>Choose what to refund.</source>
        <translation>请选择要退款的内容。</translation>
    </message>
    <message>
        <source>Refund line %1 is not a line of receipt %2.</source>
        <translation>退款行 %1 不是收据 %2 中的明细。</translation>
    </message>
    <message>
        <source>Refund line %1 repeats a line of the sale.</source>
        <translation>退款行 %1 与销售中的某行重复。</translation>
    </message>
    <message>
        <source>Refund line %1: the amount cannot be negative.</source>
        <translation>退款行 %1：金额不能为负数。</translation>
    </message>
    <message>
        <source>Refund line %1: the class hours cannot be negative.</source>
        <translation>退款行 %1：课时不能为负数。</translation>
    </message>
    <message>
        <source>Refund line %1: enter an amount or class hours to give back.</source>
        <translation>退款行 %1：请输入退还的金额或课时。</translation>
    </message>
    <message>
        <source>Refund line %1: at most %2 of &quot;%3&quot; can still be refunded.</source>
        <translation>退款行 %1：“%3”最多还能退 %2。</translation>
    </message>
    <message>
        <source>Refund line %1: only a class-hour pack has hours to give back.</source>
        <translation>退款行 %1：只有课包才有课时可退。</translation>
    </message>
    <message>
        <source>Refund line %1: the pack has only %2 class hours left.</source>
        <translation>退款行 %1：该课包仅剩 %2 课时。</translation>
    </message>
    <message>
        <source>Refund %1 of %2</source>
        <translation>退款 %1（原收据 %2）</translation>
    </message>
    <message>
        <source>No sale or refund has this id.</source>
        <translation>没有此 ID 的销售或退款。</translation>
    </message>
    <message>
        <source>No receipt has the number %1.</source>
        <translation>没有收据号为 %1 的收据。</translation>
    </message>
    <message>
        <source>No sale line has this id.</source>
        <translation>没有此 ID 的销售明细。</translation>
    </message>
    <message>
        <source>Line %1: a drop-in ticket with class hours is for a student; choose the student first.</source>
        <translation>第 %1 行：含课时的单次票只能卖给学员，请先选择学员。</translation>
    </message>
    <message>
        <source>Line %1: a drop-in ticket&apos;s class hours must be positive.</source>
        <translation>第 %1 行：单次票的课时必须大于零。</translation>
    </message>
    <message>
        <source>Line %1: the ticket is for a day that has passed.</source>
        <translation>第 %1 行：该单次票的日期已过。</translation>
    </message>
</context>
<context>
    <name>td::Receipt</name>
    <message>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>收据号</translation>
    </message>
    <message>
        <source>Refund of receipt</source>
        <translation>原收据退款</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>%1 class hours</source>
        <translation>%1 课时</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>有效期至 %1</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>Total refunded (%1)</source>
        <translation>退款合计（%1）</translation>
    </message>
    <message>
        <source>Total (%1)</source>
        <translation>合计（%1）</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Cash tendered</source>
        <translation>实收现金</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>经办人</translation>
    </message>
</context>
<context>
    <name>td::Recurrence</name>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>td::Reminders</name>
    <message>
        <source>%1 (%2) has %3 class hours left for %4.</source>
        <translation>%1（%2）在 %4 还剩 %3 课时。</translation>
    </message>
    <message>
        <source>%1 (%2): %3 class hours for %4 expire on %5.</source>
        <translation>%1（%2）：%4 的 %3 课时将于 %5 到期。</translation>
    </message>
    <message>
        <source>%1 (%2): the %3 membership ends on %4.</source>
        <translation>%1（%2）：%3会员将于 %4 到期。</translation>
    </message>
    <message>
        <source>%1 (%2) missed their last two sessions (the last on %3).</source>
        <translation>%1（%2）连续缺勤两次（最近一次在 %3）。</translation>
    </message>
</context>
<context>
    <name>td::Role</name>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>老师</translation>
    </message>
</context>
<context>
    <name>td::RoomService</name>
    <message>
        <source>The room name is empty.</source>
        <translation>教室名称为空。</translation>
    </message>
    <message>
        <source>A room holds at least one person.</source>
        <translation>教室至少容纳一人。</translation>
    </message>
    <message>
        <source>There is already a room called %1.</source>
        <translation>已有名为 %1 的教室。</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n scheduled session(s); move or cancel them first.</source>
        <translation>
            <numerusform>%1 仍有 %n 个已排课次，请先调整或取消。</numerusform>
        </translation>
    </message>
    <message>
        <source>The class %1 in this room has %2 seats; lower its capacity first.</source>
        <translation>此教室中的班级 %1 有 %2 个名额，请先降低其容量。</translation>
    </message>
    <message>
        <source>There is no room with id %1.</source>
        <translation>没有 ID 为 %1 的教室。</translation>
    </message>
</context>
<context>
    <name>td::ScheduleService</name>
    <message>
        <source>Choose an instructor.</source>
        <translation>请选择老师。</translation>
    </message>
    <message>
        <source>%1 is not an instructor.</source>
        <translation>%1 不是老师。</translation>
    </message>
    <message>
        <source>%1&apos;s account is disabled.</source>
        <translation>%1 的账号已停用。</translation>
    </message>
    <message>
        <source>Choose a room.</source>
        <translation>请选择教室。</translation>
    </message>
    <message>
        <source>The room %1 is no longer in use.</source>
        <translation>教室 %1 已停用。</translation>
    </message>
    <message>
        <source>Choose a start time.</source>
        <translation>请选择开始时间。</translation>
    </message>
    <message>
        <source>A session ends after it starts.</source>
        <translation>课次的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>A session lasts at most 24 hours.</source>
        <translation>一个课次最长 24 小时。</translation>
    </message>
    <message numerus="yes">
        <source>(%n more clash(es).)</source>
        <translation>
            <numerusform>（另有 %n 处冲突。）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds %2, but %3 students are enrolled.</source>
        <translation>%1 可容纳 %2 人，但已报名 %3 名学员。</translation>
    </message>
    <message>
        <source>Choose at least one weekday.</source>
        <translation>请至少选择一个星期几。</translation>
    </message>
    <message>
        <source>A session ends after it starts, on the same day.</source>
        <translation>课次须在同一天内结束，且结束晚于开始。</translation>
    </message>
    <message>
        <source>Give either a number of sessions or an end date.</source>
        <translation>请填写课次数或结束日期。</translation>
    </message>
    <message>
        <source>A class has 1 to %1 sessions.</source>
        <translation>一个班级有 1 到 %1 个课次。</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>%1 does not have the time %2–%3 (the clocks change that day).</source>
        <translation>%1 当天没有 %2–%3 这个时间（当天调整时钟）。</translation>
    </message>
    <message>
        <source>No chosen weekday falls between the start and end dates.</source>
        <translation>开始和结束日期之间没有所选的星期几。</translation>
    </message>
    <message>
        <source>%1: %2 is already used by the class “%3” (%4).</source>
        <translation>%1：%2 已被班级“%3”占用（%4）。</translation>
    </message>
    <message>
        <source>%1: %2 is already teaching the class “%3” (%4).</source>
        <translation>%1：%2 正在教授班级“%3”（%4）。</translation>
    </message>
    <message>
        <source>Choose a course.</source>
        <translation>请选择课程。</translation>
    </message>
    <message>
        <source>Classes are scheduled for offline courses and workshops, not for “%1”.</source>
        <translation>只有线下课程和工作坊可以排班，“%1”不行。</translation>
    </message>
    <message>
        <source>“%1” is no longer offered.</source>
        <translation>“%1”已停止提供。</translation>
    </message>
    <message>
        <source>The class name is empty.</source>
        <translation>班级名称为空。</translation>
    </message>
    <message>
        <source>A class has at least one seat.</source>
        <translation>班级至少有一个名额。</translation>
    </message>
    <message>
        <source>%1 holds only %2; the class cannot have %3 seats.</source>
        <translation>%1 仅可容纳 %2 人，班级不能有 %3 个名额。</translation>
    </message>
    <message>
        <source>Choose a start date.</source>
        <translation>请选择开始日期。</translation>
    </message>
    <message>
        <source>The class hours cannot be negative.</source>
        <translation>课时不能为负数。</translation>
    </message>
    <message>
        <source>The drop-in price cannot be negative.</source>
        <translation>单次课价格不能为负数。</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) are enrolled; drop some before lowering the seats.</source>
        <translation>
            <numerusform>已有 %n 名学员报名，请先让部分学员退班再减少名额。</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why the class is cancelled; students will ask.</source>
        <translation>请说明班级取消的原因，学员会询问。</translation>
    </message>
    <message>
        <source>The class %1 is %2.</source>
        <translation>班级 %1 %2。</translation>
    </message>
    <message>
        <source>Say why the session is cancelled; students will ask.</source>
        <translation>请说明取消原因，学员会询问。</translation>
    </message>
    <message>
        <source>Only a scheduled session can be cancelled; this one is %1.</source>
        <translation>只有已排课的课次可以取消；此课次状态为%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) already have attendance for this session; undo it first.</source>
        <translation>
            <numerusform>已有 %n 名学员有本课次的考勤，请先撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a cancelled session gets a makeup session.</source>
        <translation>只有已取消的课次才能安排补课。</translation>
    </message>
    <message>
        <source>This session already has a makeup session.</source>
        <translation>此课次已安排补课。</translation>
    </message>
    <message>
        <source>Only a scheduled session can be moved; this one is %1.</source>
        <translation>只有已排课的课次可以调课；此课次状态为%1。</translation>
    </message>
    <message>
        <source>Only a scheduled session can be marked as held; this one is %1.</source>
        <translation>只有已排课的课次可以标记为已上课；此课次状态为%1。</translation>
    </message>
    <message>
        <source>The session has not started yet.</source>
        <translation>课次尚未开始。</translation>
    </message>
    <message>
        <source>There is no session with id %1.</source>
        <translation>没有 ID 为 %1 的课次。</translation>
    </message>
    <message>
        <source>There is no session %1.</source>
        <translation>没有课次 %1。</translation>
    </message>
    <message>
        <source>There is no class with id %1.</source>
        <translation>没有 ID 为 %1 的班级。</translation>
    </message>
</context>
<context>
    <name>td::Schema</name>
    <message>
        <source>The file %1 is not a TrainingDesk database.</source>
        <translation>文件 %1 不是 TrainingDesk 数据库。</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed: %2</source>
        <translation>将数据库升级到版本 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>td::ServerChanges</name>
    <message>
        <source>It refers to %1 %2, which this desk does not have yet.</source>
        <translation>它引用了本前台尚未拥有的 %1 %2。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; replaced by &quot;%3&quot; from the sync server</source>
        <translation>%1：“%2”已被同步服务器上的“%3”替换</translation>
    </message>
    <message>
        <source>This desk does not know the entity &quot;%1&quot;; update TrainingDesk.</source>
        <translation>本前台不认识实体“%1”，请升级 TrainingDesk。</translation>
    </message>
    <message>
        <source>Receipt number %1 from another desk is already used here; give each desk of the center its own desk code in Settings.</source>
        <translation>另一台前台的收据号 %1 在本机已被使用；请在“设置”中为本中心的每台前台设置不同的前台编号。</translation>
    </message>
    <message>
        <source>It waits for an earlier change to the same record that this desk could not apply yet.</source>
        <translation>它在等待同一记录的一项更早的变更，本机暂时还无法应用那项变更。</translation>
    </message>
    <message>
        <source>a student from another desk</source>
        <translation>另一台前台的一名学员</translation>
    </message>
    <message>
        <source>Student code %1 is used here by another student, who keeps it; this student waits for its own desk to give it a new code.</source>
        <translation>学员编号 %1 在本机已被另一名学员使用并由其保留；此学员需等待其所属前台为其分配新编号。</translation>
    </message>
</context>
<context>
    <name>td::SessionStatus</name>
    <message>
        <source>Scheduled</source>
        <translation>已排课</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>td::StaffService</name>
    <message>
        <source>A username is 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>用户名为 2 到 32 个字母、数字、点、短横线或下划线。</translation>
    </message>
    <message>
        <source>The display name is empty.</source>
        <translation>显示名称为空。</translation>
    </message>
    <message>
        <source>The username %1 is already taken.</source>
        <translation>用户名 %1 已被占用。</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>密码至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>This center already has an administrator; ask them to create your account.</source>
        <translation>本中心已有管理员，请让管理员为您创建账号。</translation>
    </message>
    <message>
        <source>The username or the password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>账号 %1 已停用。</translation>
    </message>
    <message>
        <source>The last active administrator cannot be disabled.</source>
        <translation>不能停用最后一位在用的管理员。</translation>
    </message>
    <message>
        <source>There is no staff member with id %1.</source>
        <translation>没有 ID 为 %1 的员工。</translation>
    </message>
</context>
<context>
    <name>td::StudentCsv</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The file is empty; the first line must name the columns.</source>
        <translation>文件为空；第一行必须是列名。</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot;. Known columns: %2.</source>
        <translation>未知的列“%1”。可用的列：%2。</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice.</source>
        <translation>列“%1”出现了两次。</translation>
    </message>
    <message>
        <source>There is no name column (&quot;name&quot; or &quot;姓名&quot;).</source>
        <translation>缺少姓名列（“name”或“姓名”）。</translation>
    </message>
    <message>
        <source>The line has %1 fields but the header names only %2 columns.</source>
        <translation>该行有 %1 个字段，但表头只有 %2 列。</translation>
    </message>
    <message>
        <source>The birth date &quot;%1&quot; is not a date like 2015-09-01 or 2015/9/1.</source>
        <translation>出生日期“%1”不是 2015-09-01 或 2015/9/1 这样的日期。</translation>
    </message>
    <message>
        <source>The gender &quot;%1&quot; is not one of female, male, other (女, 男, 其他).</source>
        <translation>性别“%1”不是 female、male、other（女、男、其他）之一。</translation>
    </message>
    <message>
        <source>The status &quot;%1&quot; is not one of active, paused, archived.</source>
        <translation>状态“%1”不是 active、paused、archived 之一。</translation>
    </message>
    <message>
        <source>The student code %1 is already used on line %2 of this file.</source>
        <translation>学员编号 %1 已在本文件第 %2 行使用。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>td::StudentPrivacy</name>
    <message>
        <source>Erased student %1</source>
        <translation>已删除的学员 %1</translation>
    </message>
</context>
<context>
    <name>td::StudentService</name>
    <message>
        <source>The name is empty.</source>
        <translation>姓名为空。</translation>
    </message>
    <message>
        <source>The student code %1 is not an S followed by six digits (like S000123).</source>
        <translation>学员编号 %1 不是 S 加六位数字（如 S000123）。</translation>
    </message>
    <message>
        <source>The phone number %1 is not valid: use 11 digits starting with 1, or + and the international number.</source>
        <translation>手机号 %1 无效：请使用以 1 开头的 11 位号码，或以 + 开头的国际号码。</translation>
    </message>
    <message>
        <source>The e-mail address %1 is not valid.</source>
        <translation>电子邮箱 %1 无效。</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future.</source>
        <translation>出生日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The gender %1 is not one of female, male or other.</source>
        <translation>性别 %1 不是女、男或其他之一。</translation>
    </message>
    <message>
        <source>The guardian&apos;s name is empty.</source>
        <translation>监护人姓名为空。</translation>
    </message>
    <message>
        <source>The guardian&apos;s relation to the student is empty.</source>
        <translation>监护人与学员的关系为空。</translation>
    </message>
    <message>
        <source>The guardian&apos;s phone number is empty.</source>
        <translation>监护人电话为空。</translation>
    </message>
    <message>
        <source>The guardian&apos;s phone number %1 is not valid: use 11 digits starting with 1, or + and the international number.</source>
        <translation>监护人电话 %1 无效：请使用以 1 开头的 11 位号码，或以 + 开头的国际号码。</translation>
    </message>
    <message>
        <source>A student under %1 needs at least one guardian with a name, a relation and a phone number.</source>
        <translation>未满 %1 岁的学员至少需要一位填写了姓名、关系和电话的监护人。</translation>
    </message>
    <message>
        <source>The student code %1 is already used.</source>
        <translation>学员编号 %1 已被使用。</translation>
    </message>
    <message>
        <source>All student codes up to S999999 are used.</source>
        <translation>S999999 以内的学员编号已全部用完。</translation>
    </message>
    <message>
        <source>guardian of %1</source>
        <translation>%1 的监护人</translation>
    </message>
    <message>
        <source>The guardian with id %1 is not one of this student&apos;s.</source>
        <translation>ID 为 %1 的监护人不属于该学员。</translation>
    </message>
    <message>
        <source>There is no student with id %1.</source>
        <translation>没有 ID 为 %1 的学员。</translation>
    </message>
    <message>
        <source>There is no student with code %1.</source>
        <translation>没有编号为 %1 的学员。</translation>
    </message>
    <message>
        <source>There is no guardian with id %1.</source>
        <translation>没有 ID 为 %1 的监护人。</translation>
    </message>
    <message>
        <source>This is the only guardian of %1, who is under %2; add another guardian first.</source>
        <translation>这是 %1 唯一的监护人，而该学员未满 %2 岁；请先添加其他监护人。</translation>
    </message>
    <message>
        <source>Code %1 stays with %2 from another desk (both desks gave it out offline); this student&apos;s code is now %3.</source>
        <translation>编号 %1 归另一台前台的 %2 所有（两台前台离线时都发出了这个编号）；此学员的编号现改为 %3。</translation>
    </message>
</context>
<context>
    <name>td::StudentStatus</name>
    <message>
        <source>Active</source>
        <translation>在读</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
</context>
<context>
    <name>td::SyncClient</name>
    <message>
        <source>The address does not answer like a TrainingDesk sync server (%1).</source>
        <translation>该地址的响应不像 TrainingDesk 同步服务器（%1）。</translation>
    </message>
    <message>
        <source>The sync server speaks API versions %1–%2; this TrainingDesk speaks version %3. Update TrainingDesk or the server; nothing was sent.</source>
        <translation>同步服务器支持 API 版本 %1–%2，本 TrainingDesk 使用版本 %3。请升级 TrainingDesk 或服务器；未发送任何数据。</translation>
    </message>
    <message>
        <source>The sync server&apos;s answer to a push could not be read; it will be sent again.</source>
        <translation>无法读取同步服务器对推送的响应，稍后将重新发送。</translation>
    </message>
    <message>
        <source>%1: this desk&apos;s %2 lost to the newer %3 kept by the sync server</source>
        <translation>%1：本前台的 %2 被同步服务器上较新的 %3 覆盖</translation>
    </message>
    <message>
        <source>The sync server&apos;s list of changes could not be read; it will be asked again.</source>
        <translation>无法读取同步服务器的变更列表，稍后将重新获取。</translation>
    </message>
    <message>
        <source>The sync server says no: another desk of this center already syncs without a desk code. Give this desk its own code in Settings (A, B…); nothing was sent or changed.</source>
        <translation>同步服务器拒绝：本中心已有另一台前台在不设前台编号的情况下同步。请在“设置”中为本机设置自己的前台编号（A、B…）；未发送或更改任何数据。</translation>
    </message>
    <message>
        <source>The sync server says no: desk code %1 is already used by another desk of this center, so their receipt numbers would collide. Give this desk its own code in Settings; nothing was sent or changed.</source>
        <translation>同步服务器拒绝：前台编号 %1 已被本中心的另一台前台使用，两台前台的收据号会重复。请在“设置”中为本机设置自己的前台编号；未发送或更改任何数据。</translation>
    </message>
</context>
<context>
    <name>td::SyncSettings</name>
    <message>
        <source>A desk code is one to four capital letters or digits, e.g. A or B2.</source>
        <translation>前台编号为 1 到 4 位大写字母或数字，例如 A 或 B2。</translation>
    </message>
    <message>
        <source>Sync every 1 to 1440 minutes.</source>
        <translation>同步间隔须为 1 到 1440 分钟。</translation>
    </message>
    <message>
        <source>Sync server %1, every %2 minutes, desk code &quot;%3&quot;</source>
        <translation>同步服务器 %1，每 %2 分钟同步，前台编号“%3”</translation>
    </message>
</context>
<context>
    <name>td::catalog::CatalogStore</name>
    <message>
        <source>libsodium could not be initialised.</source>
        <translation>无法初始化 libsodium。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>The PostgreSQL connection &quot;%1&quot; is not in key=value form.</source>
        <translation>PostgreSQL 连接“%1”不是 key=value 格式。</translation>
    </message>
    <message>
        <source>Cannot connect to PostgreSQL: %1</source>
        <translation>无法连接 PostgreSQL：%1</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>A center needs a name.</source>
        <translation>中心需要名称。</translation>
    </message>
    <message>
        <source>A center named %1 already exists.</source>
        <translation>名为 %1 的中心已存在。</translation>
    </message>
    <message>
        <source>The API token is missing or not valid.</source>
        <translation>API 令牌缺失或无效。</translation>
    </message>
    <message>
        <source>The catalog and online activity belong to the online platform; a desk cannot change them.</source>
        <translation>课程目录和线上学习记录属于线上平台，前台不能修改。</translation>
    </message>
    <message>
        <source>Unknown entity &quot;%1&quot;.</source>
        <translation>未知实体“%1”。</translation>
    </message>
    <message>
        <source>Unknown operation &quot;%1&quot;.</source>
        <translation>未知操作“%1”。</translation>
    </message>
    <message>
        <source>The mutation has no uuid.</source>
        <translation>该变更没有 uuid。</translation>
    </message>
    <message>
        <source>The payload&apos;s uuid differs from the mutation&apos;s.</source>
        <translation>数据中的 uuid 与变更的 uuid 不一致。</translation>
    </message>
    <message>
        <source>Payments and class-hour entries are only ever added; a correction is a new entry.</source>
        <translation>收款和课时记录只能新增；更正需新增一条记录。</translation>
    </message>
    <message>
        <source>The check-in this entry deducts for was already recorded by another desk.</source>
        <translation>此记录对应的签到已由其他前台记录。</translation>
    </message>
    <message>
        <source>This record was deleted on the server; later edits are not applied.</source>
        <translation>此记录已在服务器上删除，之后的修改不会生效。</translation>
    </message>
    <message>
        <source>The student was already checked in to this session by another desk.</source>
        <translation>该学员已在其他前台签到本课次。</translation>
    </message>
    <message>
        <source>The catalog file needs an &quot;items&quot; array.</source>
        <translation>目录文件需要“items”数组。</translation>
    </message>
    <message>
        <source>Item %1 has no online_id.</source>
        <translation>项目 %1 没有 online_id。</translation>
    </message>
    <message>
        <source>Item %1 (%2) has an unknown kind &quot;%3&quot;.</source>
        <translation>项目 %1（%2）的类型“%3”未知。</translation>
    </message>
    <message>
        <source>Item %1 (%2) has no title.</source>
        <translation>项目 %1（%2）没有标题。</translation>
    </message>
    <message>
        <source>Item %1 (%2) needs price_minor, a whole number of minor units of 0 or more.</source>
        <translation>项目 %1（%2）需要 price_minor，即大于或等于 0 的最小货币单位整数。</translation>
    </message>
    <message>
        <source>There is no center named %1.</source>
        <translation>没有名为 %1 的中心。</translation>
    </message>
    <message>
        <source>Load a catalog with online items before seeding the demo.</source>
        <translation>请先加载包含线上项目的目录，再生成演示数据。</translation>
    </message>
    <message>
        <source>A staff profile must not carry a password.</source>
        <translation>员工资料不得包含密码。</translation>
    </message>
    <message>
        <source>Another desk of this center already syncs without a desk code; give this desk its own code.</source>
        <translation>本中心已有另一台前台在不设前台编号的情况下同步；请为本机设置自己的前台编号。</translation>
    </message>
    <message>
        <source>Another desk of this center already uses desk code %1; give this desk its own code.</source>
        <translation>本中心的另一台前台已在使用前台编号 %1；请为本机设置自己的前台编号。</translation>
    </message>
</context>
<context>
    <name>td::cli</name>
    <message>
        <source>The center database file (default: %1).</source>
        <translation>中心数据库文件（默认：%1）。</translation>
    </message>
    <message>
        <source>Machine-readable JSON output.</source>
        <translation>输出机器可读的 JSON。</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Creates an empty center database with its first administrator. The password is read from standard input.</source>
        <translation>创建一个空的中心数据库及首位管理员。密码从标准输入读取。</translation>
    </message>
    <message>
        <source>The admin&apos;s username.</source>
        <translation>管理员的用户名。</translation>
    </message>
    <message>
        <source>The admin&apos;s display name (default: the username).</source>
        <translation>管理员的显示名称（默认：用户名）。</translation>
    </message>
    <message>
        <source>The center&apos;s name.</source>
        <translation>中心名称。</translation>
    </message>
    <message>
        <source>--admin-user is required.</source>
        <translation>必须提供 --admin-user。</translation>
    </message>
    <message>
        <source>Created %1 with administrator %2.</source>
        <translation>已创建 %1，管理员为 %2。</translation>
    </message>
    <message>
        <source>Counts students, classes, sessions, attendance and payments.</source>
        <translation>统计学员、班级、课次、考勤和收款数量。</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Catalog items</source>
        <translation>目录项目</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>课次</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Attendance records</source>
        <translation>考勤记录</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Class-hour packs</source>
        <translation>课包</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Create an empty center database</source>
        <translation>创建空的中心数据库</translation>
    </message>
    <message>
        <source>Count what the database holds</source>
        <translation>统计数据库内容</translation>
    </message>
    <message>
        <source>Builds a realistic demo center, deterministically from a seed. Staff accounts admin, desk and teacher (and the other instructors) have the password %1.</source>
        <translation>根据随机种子确定性地生成一个逼真的演示中心。员工账号 admin、desk 和 teacher（以及其他老师）的密码均为 %1。</translation>
    </message>
    <message>
        <source>Number of students (default %1).</source>
        <translation>学员数量（默认 %1）。</translation>
    </message>
    <message>
        <source>Random seed (default %1).</source>
        <translation>随机种子（默认 %1）。</translation>
    </message>
    <message>
        <source>The demo&apos;s today, YYYY-MM-DD (default: the real date).</source>
        <translation>演示数据中的“今天”，格式 YYYY-MM-DD（默认：实际日期）。</translation>
    </message>
    <message>
        <source>Replace an existing center database with the demo.</source>
        <translation>用演示中心替换现有的中心数据库。</translation>
    </message>
    <message>
        <source>Do nothing (and succeed) when the database already holds a center.</source>
        <translation>数据库中已有中心时不做任何操作（并视为成功）。</translation>
    </message>
    <message>
        <source>Also write the students&apos; hidden interests, engagement and churn dates as CSV.</source>
        <translation>同时将学员的隐藏兴趣、活跃度和流失日期写入 CSV。</translation>
    </message>
    <message>
        <source>--students needs a positive whole number.</source>
        <translation>--students 需要正整数。</translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation>--seed 需要整数。</translation>
    </message>
    <message>
        <source>--today needs a date YYYY-MM-DD.</source>
        <translation>--today 需要 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>%1 already holds a center; nothing changed.</source>
        <translation>%1 中已有中心，未做任何更改。</translation>
    </message>
    <message>
        <source>%1 already holds a center. Use --force to replace it with the demo center (everything in it is lost).</source>
        <translation>%1 中已有中心。使用 --force 可将其替换为演示中心（其中所有数据将丢失）。</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>无法删除 %1。</translation>
    </message>
    <message>
        <source>Demo center in %1: %2 students, %3 classes, %4 sessions, %5 attendance records, %6 payments (%7 s).</source>
        <translation>演示中心位于 %1：%2 名学员、%3 个班级、%4 个课次、%5 条考勤记录、%6 笔收款（%7 秒）。</translation>
    </message>
    <message>
        <source>Log in as admin, desk or teacher with the password %1.</source>
        <translation>使用 admin、desk 或 teacher 登录，密码为 %1。</translation>
    </message>
    <message>
        <source>Build a realistic demo center</source>
        <translation>生成逼真的演示中心</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks the database file&apos;s integrity, its references and the ledgers&apos; invariants (pack balances, refunds, gapless receipt numbers). Prints ok and exits 0 when healthy; lists each problem and exits 1 otherwise.</source>
        <translation>检查数据库文件的完整性、引用关系以及账目不变量（课包余额、退款、连续的收据号）。正常时输出 ok 并以 0 退出；否则列出每个问题并以 1 退出。</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the database to FILE, also while TrainingDesk is using it, then checks the copy.</source>
        <translation>将数据库的一致副本写入 FILE（TrainingDesk 正在使用时也可以），然后检查该副本。</translation>
    </message>
    <message>
        <source>Where to write the copy (must not exist).</source>
        <translation>副本的写入位置（不能已存在）。</translation>
    </message>
    <message>
        <source>Name one file to write the copy to.</source>
        <translation>请指定一个用于写入副本的文件。</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file for the backup.</source>
        <translation>%1 已存在，请为备份选择新文件。</translation>
    </message>
    <message>
        <source>The backup cannot be the database itself.</source>
        <translation>备份不能是数据库本身。</translation>
    </message>
    <message>
        <source>Backup written to %1 and checked: ok.</source>
        <translation>备份已写入 %1 并通过检查：ok。</translation>
    </message>
    <message>
        <source>Check the database and the ledgers&apos; invariants</source>
        <translation>检查数据库和账目不变量</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database</source>
        <translation>写入数据库的一致副本</translation>
    </message>
    <message>
        <source>Random seed for splits and initialisation (default 42).</source>
        <translation>数据划分和初始化的随机种子（默认 42）。</translation>
    </message>
    <message>
        <source>--%1 must be a whole number of at least %2.</source>
        <translation>--%1 必须是不小于 %2 的整数。</translation>
    </message>
    <message>
        <source>--%1 must be a number.</source>
        <translation>--%1 必须是数字。</translation>
    </message>
    <message>
        <source>--%1 FILE is required.</source>
        <translation>必须提供 --%1 FILE。</translation>
    </message>
    <message>
        <source>Evaluates a recommender on an interactions CSV (columns user, item, optional rating and timestamp): per-user random split, every held-out interaction relevant, items seen in training not ranked.</source>
        <translation>在交互 CSV（列：user、item，可选 rating 和 timestamp）上评估推荐算法：按用户随机划分，所有留出的交互均视为相关，训练中已见过的项目不参与排序。</translation>
    </message>
    <message>
        <source>The interactions CSV.</source>
        <translation>交互 CSV 文件。</translation>
    </message>
    <message>
        <source>Item descriptions for content and hybrid (columns item, kind, category, level, title, tags).</source>
        <translation>用于 content 和 hybrid 的项目描述（列：item、kind、category、level、title、tags）。</translation>
    </message>
    <message>
        <source>pop, itemknn, als, ease, content or hybrid (default als).</source>
        <translation>pop、itemknn、als、ease、content 或 hybrid（默认 als）。</translation>
    </message>
    <message>
        <source>Length of each ranked list (default 10).</source>
        <translation>每个推荐列表的长度（默认 10）。</translation>
    </message>
    <message>
        <source>Share of each user&apos;s interactions held out (default 0.25).</source>
        <translation>每个用户留出的交互比例（默认 0.25）。</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <source>Users / items</source>
        <translation>用户数 / 项目数</translation>
    </message>
    <message>
        <source>Train / test pairs</source>
        <translation>训练 / 测试对</translation>
    </message>
    <message>
        <source>Users evaluated</source>
        <translation>评估的用户数</translation>
    </message>
    <message>
        <source>Precision@%1</source>
        <translation>Precision@%1</translation>
    </message>
    <message>
        <source>Recall@%1</source>
        <translation>Recall@%1</translation>
    </message>
    <message>
        <source>NDCG@%1</source>
        <translation>NDCG@%1</translation>
    </message>
    <message>
        <source>MAP@%1</source>
        <translation>MAP@%1</translation>
    </message>
    <message>
        <source>Item coverage</source>
        <translation>项目覆盖率</translation>
    </message>
    <message>
        <source>Training seconds</source>
        <translation>训练秒数</translation>
    </message>
    <message>
        <source>Weight %1</source>
        <translation>权重 %1</translation>
    </message>
    <message>
        <source>Cross-validates a rating predictor on a CSV with columns user, item, rating: RMSE, MAE, fit seconds.</source>
        <translation>在包含 user、item、rating 列的 CSV 上交叉验证评分预测器：RMSE、MAE、拟合秒数。</translation>
    </message>
    <message>
        <source>The ratings CSV.</source>
        <translation>评分 CSV 文件。</translation>
    </message>
    <message>
        <source>baseline or mf (default mf).</source>
        <translation>baseline 或 mf（默认 mf）。</translation>
    </message>
    <message>
        <source>Number of folds (default 5).</source>
        <translation>折数（默认 5）。</translation>
    </message>
    <message>
        <source>Unknown algorithm %1; use baseline or mf.</source>
        <translation>未知算法 %1；请使用 baseline 或 mf。</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评分数</translation>
    </message>
    <message>
        <source>Folds</source>
        <translation>折数</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <source>Fit seconds</source>
        <translation>拟合秒数</translation>
    </message>
    <message>
        <source>Cross-validates L2 logistic regression on any CSV: numeric columns standardised, text columns one-hot, missing values imputed with an indicator.</source>
        <translation>在任意 CSV 上交叉验证 L2 逻辑回归：数值列标准化，文本列独热编码，缺失值填补并加指示变量。</translation>
    </message>
    <message>
        <source>The table.</source>
        <translation>数据表。</translation>
    </message>
    <message>
        <source>The two-valued column to predict.</source>
        <translation>要预测的二值列。</translation>
    </message>
    <message>
        <source>Number of stratified folds (default 5).</source>
        <translation>分层折数（默认 5）。</translation>
    </message>
    <message>
        <source>Probability from which a row counts as predicted positive (default 0.5).</source>
        <translation>判为预测阳性的概率阈值（默认 0.5）。</translation>
    </message>
    <message>
        <source>Inverse regularisation strength, as scikit-learn&apos;s C (default 1).</source>
        <translation>正则化强度的倒数，同 scikit-learn 的 C（默认 1）。</translation>
    </message>
    <message>
        <source>--c must be greater than 0.</source>
        <translation>--c 必须大于 0。</translation>
    </message>
    <message>
        <source>--label COLUMN is required.</source>
        <translation>必须提供 --label COLUMN。</translation>
    </message>
    <message>
        <source>Rows / positives</source>
        <translation>行数 / 阳性数</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>特征数</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>PR-AUC</source>
        <translation>PR-AUC</translation>
    </message>
    <message>
        <source>Precision @ %1</source>
        <translation>精确率 @ %1</translation>
    </message>
    <message>
        <source>Recall @ %1</source>
        <translation>召回率 @ %1</translation>
    </message>
    <message>
        <source>F1 @ %1</source>
        <translation>F1 @ %1</translation>
    </message>
    <message>
        <source>Brier score</source>
        <translation>Brier 分数</translation>
    </message>
    <message>
        <source>Calibration (predicted → observed):</source>
        <translation>校准（预测 → 实际）：</translation>
    </message>
    <message>
        <source>Evaluate a recommender on an interactions CSV</source>
        <translation>在交互 CSV 上评估推荐算法</translation>
    </message>
    <message>
        <source>Cross-validate a rating predictor on a ratings CSV</source>
        <translation>在评分 CSV 上交叉验证评分预测器</translation>
    </message>
    <message>
        <source>Cross-validate logistic regression on any CSV</source>
        <translation>在任意 CSV 上交叉验证逻辑回归</translation>
    </message>
    <message>
        <source>Lists the sessions of one day of the center&apos;s calendar with room, instructor and counts.</source>
        <translation>列出中心日历中某一天的课次，包括教室、老师和人数。</translation>
    </message>
    <message>
        <source>The day, YYYY-MM-DD (default: today at the center).</source>
        <translation>日期，格式 YYYY-MM-DD（默认：中心当地今天）。</translation>
    </message>
    <message>
        <source>--date is YYYY-MM-DD.</source>
        <translation>--date 的格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>No sessions on %1.</source>
        <translation>%1 没有课次。</translation>
    </message>
    <message>
        <source>%1–%2  %3 (%4)  %5  %6  %7/%8 checked in, %9 seats  %10</source>
        <translation>%1–%2  %3（%4）  %5  %6  已签到 %7/%8，%9 个名额  %10</translation>
    </message>
    <message>
        <source>List one day&apos;s sessions with their counts</source>
        <translation>列出某天的课次及人数</translation>
    </message>
    <message>
        <source>Imports students from a CSV file (UTF-8, UTF-16 or GB18030/GBK, as Excel saves it). All or nothing: on any bad row nothing is imported and every problem is listed as FILE:LINE: message.</source>
        <translation>从 CSV 文件导入学员（UTF-8、UTF-16 或 GB18030/GBK，即 Excel 保存的格式）。全部导入或全部不导入：只要有一行有误就不导入任何数据，并以“文件:行号: 信息”列出每个问题。</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>CSV 文件。</translation>
    </message>
    <message>
        <source>Name exactly one CSV file.</source>
        <translation>请指定一个 CSV 文件。</translation>
    </message>
    <message>
        <source>Imported %1 students from %2 (%3).</source>
        <translation>已从 %2 导入 %1 名学员（%3）。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何数据。</translation>
    </message>
    <message>
        <source>Exports every student to a CSV file (UTF-8 with a byte order mark, so that Excel opens it right).</source>
        <translation>将所有学员导出为 CSV 文件（带 BOM 的 UTF-8，Excel 可正确打开）。</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>要写入的 CSV 文件。</translation>
    </message>
    <message>
        <source>Exported %1 students to %2.</source>
        <translation>已将 %1 名学员导出到 %2。</translation>
    </message>
    <message>
        <source>Finds students the way the desk does: by code (S000123 or 123), phone fragment or the start of a name.</source>
        <translation>按前台的方式查找学员：编号（S000123 或 123）、部分手机号或姓名开头。</translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation>要查找的内容。</translation>
    </message>
    <message>
        <source>At most N matches (default 20).</source>
        <translation>最多 N 条结果（默认 20）。</translation>
    </message>
    <message>
        <source>Only students with this status (active, paused, archived).</source>
        <translation>仅限此状态的学员（active、paused、archived）。</translation>
    </message>
    <message>
        <source>Only students with this tag.</source>
        <translation>仅限带有此标签的学员。</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit 需要正数。</translation>
    </message>
    <message>
        <source>No student matches &quot;%1&quot;.</source>
        <translation>没有与“%1”匹配的学员。</translation>
    </message>
    <message>
        <source>Import students from a CSV file (all or nothing)</source>
        <translation>从 CSV 文件导入学员（全部或全不）</translation>
    </message>
    <message>
        <source>Export every student to a CSV file</source>
        <translation>将所有学员导出为 CSV 文件</translation>
    </message>
    <message>
        <source>Find students by code, phone fragment or name, like the desk</source>
        <translation>像前台一样按编号、部分手机号或姓名查找学员</translation>
    </message>
    <message>
        <source>Pushes this desk&apos;s pending changes to the sync server and pulls what changed there.</source>
        <translation>将本前台待同步的更改推送到同步服务器，并拉取服务器上的更改。</translation>
    </message>
    <message>
        <source>The sync server, e.g. https://catalog.example.com.</source>
        <translation>同步服务器，例如 https://catalog.example.com。</translation>
    </message>
    <message>
        <source>The center&apos;s API token.</source>
        <translation>中心的 API 令牌。</translation>
    </message>
    <message>
        <source>Transfer timeout in seconds (default 30).</source>
        <translation>传输超时秒数（默认 30）。</translation>
    </message>
    <message>
        <source>Tries per request when the server is unreachable (default 4).</source>
        <translation>服务器无法访问时每个请求的尝试次数（默认 4）。</translation>
    </message>
    <message>
        <source>First retry delay in milliseconds (default 2000).</source>
        <translation>首次重试前的等待毫秒数（默认 2000）。</translation>
    </message>
    <message>
        <source>--token is required.</source>
        <translation>必须提供 --token。</translation>
    </message>
    <message>
        <source>Pushed %1 change(s) (%2 merged with another desk&apos;s), %3 rejected.</source>
        <translation>已推送 %1 项更改（%2 项与其他前台合并），%3 项被拒绝。</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>被拒绝：%1</translation>
    </message>
    <message>
        <source>Pulled %1 change(s); %2 wait for rows this desk does not have yet.</source>
        <translation>已拉取 %1 项更改；%2 项在等待本前台尚未拥有的记录。</translation>
    </message>
    <message>
        <source>Still pending: %1.</source>
        <translation>仍待同步：%1。</translation>
    </message>
    <message>
        <source>Push pending changes to the sync server and pull its changes</source>
        <translation>推送待同步更改到同步服务器并拉取其更改</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
    <message>
        <source>Usage: trainingdesk-cli COMMAND [options]</source>
        <translation>用法：trainingdesk-cli 命令 [选项]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run trainingdesk-cli COMMAND --help for a command&apos;s options.</source>
        <translation>运行 trainingdesk-cli 命令 --help 查看该命令的选项。</translation>
    </message>
    <message>
        <source>The center&apos;s today, YYYY-MM-DD (default: the real date).</source>
        <translation>机构的“今天”，格式 YYYY-MM-DD（默认：实际日期）。</translation>
    </message>
    <message>
        <source>Trains the recommender and the churn and purchase models on the center database, measures them and stores them for the desk.</source>
        <translation>在机构数据库上训练推荐模型及流失、购买预测模型，评估并保存，供前台使用。</translation>
    </message>
    <message>
        <source>Interactions: %1 students, %2 items, %3 pairs</source>
        <translation>互动数据：%1 名学员，%2 个项目，%3 对</translation>
    </message>
    <message>
        <source>Recommender</source>
        <translation>推荐算法</translation>
    </message>
    <message>
        <source>Hybrid weights: %1</source>
        <translation>混合模型权重：%1</translation>
    </message>
    <message>
        <source>%1 model v%2: %3 examples (%4 positive), AUC %5, PR-AUC %6, Brier %7, F1 %8</source>
        <translation>%1模型 v%2：%3 个样本（正例 %4），AUC %5，PR-AUC %6，Brier %7，F1 %8</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>Trained and stored in %1 s.</source>
        <translation>训练并保存完成，用时 %1 秒。</translation>
    </message>
    <message>
        <source>--student CODE is required.</source>
        <translation>必须提供 --student 学号。</translation>
    </message>
    <message>
        <source>The student&apos;s code.</source>
        <translation>学员学号。</translation>
    </message>
    <message>
        <source>The courses and classes worth offering a student now, with the reason to give, from the trained recommender and the desk&apos;s rules.</source>
        <translation>根据已训练的推荐模型和前台规则，列出现在值得向学员推荐的课程和班级，并给出推荐理由。</translation>
    </message>
    <message>
        <source>How many to list (default 5).</source>
        <translation>列出几项（默认 5）。</translation>
    </message>
    <message>
        <source>--count must be at least 1.</source>
        <translation>--count 至少为 1。</translation>
    </message>
    <message>
        <source>Nothing to offer this student now.</source>
        <translation>目前没有可向该学员推荐的课程。</translation>
    </message>
    <message>
        <source>A student&apos;s chance of leaving in the next 60 days and of buying in the next 30, with the factors behind each, from the trained models.</source>
        <translation>根据已训练的模型，给出学员未来 60 天流失和未来 30 天购买的可能性及其主要因素。</translation>
    </message>
    <message>
        <source>No visit, purchase or online activity in the last 90 days.</source>
        <translation>近 90 天没有到课、购买或线上学习记录。</translation>
    </message>
    <message>
        <source>Churn risk (60 days): %1%</source>
        <translation>流失风险（60 天）：%1%</translation>
    </message>
    <message>
        <source>Purchase chance (30 days): %1%</source>
        <translation>购买可能性（30 天）：%1%</translation>
    </message>
    <message>
        <source>Train and store the recommender and the churn and purchase models</source>
        <translation>训练并保存推荐模型及流失、购买预测模型</translation>
    </message>
    <message>
        <source>What to offer a student, with reasons</source>
        <translation>向学员推荐什么，并附理由</translation>
    </message>
    <message>
        <source>A student&apos;s churn risk and purchase chance, with factors</source>
        <translation>学员的流失风险和购买可能性，并附主要因素</translation>
    </message>
    <message>
        <source>First queue every student the server has never been sent (a center&apos;s first sync).</source>
        <translation>先将从未发送给服务器的学员全部加入待发送队列（中心首次同步时使用）。</translation>
    </message>
    <message>
        <source>Queued %1 student(s) the server did not have yet.</source>
        <translation>已将服务器尚未拥有的 %1 名学员加入待发送队列。</translation>
    </message>
    <message>
        <source>Shows or changes this desk&apos;s sync settings (the token is not stored here: the desktop app keeps it in the system keychain).</source>
        <translation>查看或修改本机的同步设置（令牌不保存在这里：桌面程序将其保存在系统钥匙串中）。</translation>
    </message>
    <message>
        <source>The sync server, e.g. https://catalog.example.com (empty: off).</source>
        <translation>同步服务器，例如 https://catalog.example.com（留空：关闭同步）。</translation>
    </message>
    <message>
        <source>Minutes between syncs.</source>
        <translation>两次同步之间的分钟数。</translation>
    </message>
    <message>
        <source>This desk&apos;s code for its receipt series (A, B…; empty: none).</source>
        <translation>本机收据号系列所用的前台编号（A、B…；留空：不使用）。</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation>每 %1 分钟</translation>
    </message>
    <message>
        <source>Desk code: %1</source>
        <translation>前台编号：%1</translation>
    </message>
    <message>
        <source>Prints the center&apos;s online catalog items as JSON for trainingdesk-catalog load-catalog.</source>
        <translation>以 JSON 格式输出本中心的线上目录项目，供 trainingdesk-catalog load-catalog 使用。</translation>
    </message>
    <message>
        <source>Show or change this desk&apos;s sync server, interval and desk code</source>
        <translation>查看或修改本机的同步服务器、同步间隔和前台编号</translation>
    </message>
    <message>
        <source>Print the online catalog items as JSON for the catalog server</source>
        <translation>以 JSON 格式输出线上目录项目，供目录服务器使用</translation>
    </message>
</context>
<context>
    <name>td::insights::DeskRecommendations</name>
    <message>
        <source>Next level after %1</source>
        <translation>%1 的下一级课程</translation>
    </message>
    <message>
        <source>Students who took %1 also took this</source>
        <translation>上过%1的学员也报了这门课</translation>
    </message>
    <message>
        <source>Matches interest %1</source>
        <translation>符合兴趣：%1</translation>
    </message>
    <message>
        <source>Popular with students at the center</source>
        <translation>本机构学员的热门选择</translation>
    </message>
</context>
<context>
    <name>td::insights::InsightsService</name>
    <message>
        <source>The models have not been trained yet: train them on the Insights page or with trainingdesk-cli train.</source>
        <translation>模型尚未训练：请在“洞察”页面或用 trainingdesk-cli train 训练。</translation>
    </message>
    <message>
        <source>There is no student with id %1.</source>
        <translation>没有编号为 %1 的学员。</translation>
    </message>
</context>
<context>
    <name>td::insights::InsightsTrainer</name>
    <message>
        <source>The training was cancelled.</source>
        <translation>训练已取消。</translation>
    </message>
    <message>
        <source>Reading the center&apos;s history</source>
        <translation>正在读取机构历史数据</translation>
    </message>
    <message>
        <source>There is too little history to train on: %1 students with activity.</source>
        <translation>历史数据太少，无法训练：仅有 %1 名有记录的学员。</translation>
    </message>
    <message>
        <source>Measuring the %1 recommender</source>
        <translation>正在评估 %1 推荐算法</translation>
    </message>
    <message>
        <source>Training the recommender</source>
        <translation>正在训练推荐模型</translation>
    </message>
    <message>
        <source>Building churn and purchase examples</source>
        <translation>正在构建流失和购买样本</translation>
    </message>
    <message>
        <source>Training the churn model</source>
        <translation>正在训练流失模型</translation>
    </message>
    <message>
        <source>Training the purchase model</source>
        <translation>正在训练购买模型</translation>
    </message>
    <message>
        <source>There are too few examples of both outcomes to train on (%1 examples).</source>
        <translation>两类结果的样本太少，无法训练（共 %1 个样本）。</translation>
    </message>
    <message>
        <source>Saving the models</source>
        <translation>正在保存模型</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>td::insights::ModelStore</name>
    <message>
        <source>Unknown kind of model: %1.</source>
        <translation>未知的模型类型：%1。</translation>
    </message>
    <message>
        <source>The model is empty.</source>
        <translation>模型为空。</translation>
    </message>
    <message>
        <source>Trained the %1 model, version %2, on %3 examples</source>
        <translation>已训练 %1 模型第 %2 版，样本 %3 个</translation>
    </message>
</context>
<context>
    <name>td::insights::StudentSnapshots</name>
    <message>
        <source>Days since the last visit</source>
        <translation>距上次到课天数</translation>
    </message>
    <message>
        <source>Visits in the last 90 days</source>
        <translation>近 90 天到课次数</translation>
    </message>
    <message>
        <source>Attendance rate in the last 90 days</source>
        <translation>近 90 天出勤率</translation>
    </message>
    <message>
        <source>Attendance trend (last 30 days against the 60 before)</source>
        <translation>出勤趋势（近 30 天对比之前 60 天）</translation>
    </message>
    <message>
        <source>Sessions missed in a row</source>
        <translation>连续缺课次数</translation>
    </message>
    <message>
        <source>Days since the last purchase</source>
        <translation>距上次购买天数</translation>
    </message>
    <message>
        <source>Purchases in the last year</source>
        <translation>近一年购买次数</translation>
    </message>
    <message>
        <source>Spent in the last year (hundreds)</source>
        <translation>近一年消费（百元）</translation>
    </message>
    <message>
        <source>Class hours left</source>
        <translation>剩余课时</translation>
    </message>
    <message>
        <source>Weeks until the class hours run out</source>
        <translation>按当前进度课时还能用几周</translation>
    </message>
    <message>
        <source>Membership days left</source>
        <translation>会员剩余天数</translation>
    </message>
    <message>
        <source>Online activity in the last 90 days</source>
        <translation>近 90 天线上学习次数</translation>
    </message>
    <message>
        <source>Days since joining</source>
        <translation>入学天数</translation>
    </message>
    <message>
        <source>Aged under 12</source>
        <translation>12 岁以下</translation>
    </message>
    <message>
        <source>Aged 12 to 17</source>
        <translation>12 至 17 岁</translation>
    </message>
    <message>
        <source>Aged 18 or over</source>
        <translation>18 岁及以上</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1: %2 (raises the score)</source>
        <translation>%1：%2（提高分数）</translation>
    </message>
    <message>
        <source>%1: %2 (lowers the score)</source>
        <translation>%1：%2（降低分数）</translation>
    </message>
</context>
<context>
    <name>td::ml::BinaryLabel</name>
    <message>
        <source>There is no column named %1.</source>
        <translation>没有名为 %1 的列。</translation>
    </message>
    <message>
        <source>The label column %1 has an empty cell.</source>
        <translation>标签列 %1 中有空单元格。</translation>
    </message>
    <message>
        <source>The label column %1 must hold exactly two values; it holds %2.</source>
        <translation>标签列 %1 必须恰好有两种取值，实际有 %2 种。</translation>
    </message>
</context>
<context>
    <name>td::ml::ClassifierEvaluation</name>
    <message>
        <source>Cross-validation needs at least 2 folds.</source>
        <translation>交叉验证至少需要 2 折。</translation>
    </message>
    <message>
        <source>Each class needs at least as many rows as there are folds (%1 positive, %2 negative, %3 folds).</source>
        <translation>每个类别的行数至少要等于折数（阳性 %1，阴性 %2，%3 折）。</translation>
    </message>
    <message>
        <source>The table has no column besides the label.</source>
        <translation>数据表除标签外没有其他列。</translation>
    </message>
    <message>
        <source>Every row needs its group (%1 rows, %2 groups).</source>
        <translation>每一行都需要所属分组（%1 行，%2 个分组）。</translation>
    </message>
    <message>
        <source>Too few groups have each outcome to make %1 folds that all hold both; use fewer folds.</source>
        <translation>具有各类结果的分组太少，无法分成 %1 折且每折都包含两类结果；请减少折数。</translation>
    </message>
</context>
<context>
    <name>td::ml::CsvTable</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The file is empty; a header row naming the columns is needed.</source>
        <translation>文件为空；需要一行列名作为表头。</translation>
    </message>
    <message>
        <source>Row %1 has %2 cells but the header names %3 columns.</source>
        <translation>第 %1 行有 %2 个单元格，但表头有 %3 列。</translation>
    </message>
</context>
<context>
    <name>td::ml::DatasetTables</name>
    <message>
        <source>The file needs a column named %1.</source>
        <translation>文件需要名为 %1 的列。</translation>
    </message>
    <message>
        <source>Row %1: the rating must be a positive number.</source>
        <translation>第 %1 行：评分必须为正数。</translation>
    </message>
    <message>
        <source>Row %1: user and item must not be empty.</source>
        <translation>第 %1 行：user 和 item 不能为空。</translation>
    </message>
    <message>
        <source>The file has no interactions.</source>
        <translation>文件中没有交互记录。</translation>
    </message>
    <message>
        <source>Row %1: the rating must be a number.</source>
        <translation>第 %1 行：评分必须是数字。</translation>
    </message>
    <message>
        <source>The file has no ratings.</source>
        <translation>文件中没有评分。</translation>
    </message>
</context>
<context>
    <name>td::ml::RecommenderEvaluation</name>
    <message>
        <source>The content-based recommender needs item descriptions (--items FILE).</source>
        <translation>基于内容的推荐需要项目描述（--items FILE）。</translation>
    </message>
    <message>
        <source>Unknown algorithm %1; use one of %2.</source>
        <translation>未知算法 %1；请使用 %2 之一。</translation>
    </message>
    <message>
        <source>k must be at least 1.</source>
        <translation>k 至少为 1。</translation>
    </message>
    <message>
        <source>The test fraction must be between 0 and 1.</source>
        <translation>测试比例必须在 0 和 1 之间。</translation>
    </message>
</context>
<context>
    <name>td::sync::Protocol</name>
    <message>
        <source>The body is not a JSON object.</source>
        <translation>请求体不是 JSON 对象。</translation>
    </message>
    <message>
        <source>desk_id is missing or too long.</source>
        <translation>desk_id 缺失或过长。</translation>
    </message>
    <message>
        <source>mutations must be an array.</source>
        <translation>mutations 必须是数组。</translation>
    </message>
    <message>
        <source>A batch holds at most %1 mutations.</source>
        <translation>每批最多 %1 项变更。</translation>
    </message>
    <message>
        <source>Every mutation must be an object.</source>
        <translation>每项变更都必须是对象。</translation>
    </message>
    <message>
        <source>A mutation has no id.</source>
        <translation>某项变更没有 id。</translation>
    </message>
    <message>
        <source>Mutation %1: seq must be a positive integer above the previous one.</source>
        <translation>变更 %1：seq 必须是大于前一项的正整数。</translation>
    </message>
    <message>
        <source>Mutation %1: payload must be an object.</source>
        <translation>变更 %1：payload 必须是对象。</translation>
    </message>
    <message>
        <source>A push result has no id or an unknown status.</source>
        <translation>某条推送结果没有 id 或状态未知。</translation>
    </message>
    <message>
        <source>acknowledged_seq is missing.</source>
        <translation>缺少 acknowledged_seq。</translation>
    </message>
    <message>
        <source>results must be an array.</source>
        <translation>results 必须是数组。</translation>
    </message>
    <message>
        <source>next is missing.</source>
        <translation>缺少 next。</translation>
    </message>
    <message>
        <source>changes must be an array.</source>
        <translation>changes 必须是数组。</translation>
    </message>
    <message>
        <source>A change has a missing or out-of-order seq.</source>
        <translation>某项更改的 seq 缺失或顺序错误。</translation>
    </message>
    <message>
        <source>Change %1 lacks an entity, a uuid or a known operation.</source>
        <translation>更改 %1 缺少实体、uuid 或已知的操作。</translation>
    </message>
    <message>
        <source>The server did not say which API versions it speaks.</source>
        <translation>服务器没有说明其支持的 API 版本。</translation>
    </message>
    <message>
        <source>desk_code must be up to four capital letters or digits.</source>
        <translation>desk_code 必须是最多四位大写字母或数字。</translation>
    </message>
</context>
<context>
    <name>td::ui::CancelSessionDialog</name>
    <message>
        <source>%1, %2 %3 in %4 with %5</source>
        <translation>%1，%2 %3，教室 %4，讲师 %5</translation>
    </message>
    <message>
        <source>Cancel Session</source>
        <translation>取消课次</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>What students will be told, e.g. instructor ill</source>
        <translation>将告知学员的原因，例如：讲师生病</translation>
    </message>
    <message>
        <source>Schedule a &amp;makeup session next</source>
        <translation>接着安排补课(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Cancel Session</source>
        <translation>取消课次(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Keep Session</source>
        <translation>保留课次(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>td::ui::CheckInPage</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2（%3）</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>扫码(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>点名(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Feedback</source>
        <translation>评价(&amp;F)</translation>
    </message>
    <message>
        <source>Student code or name</source>
        <translation>学员编号或姓名</translation>
    </message>
    <message>
        <source>Scan a card, or type a student code or name, and press Enter</source>
        <translation>刷卡，或输入学员编号或姓名后按回车</translation>
    </message>
    <message>
        <source>Check In</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Matching students</source>
        <translation>匹配的学员</translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation>可以扫码</translation>
    </message>
    <message>
        <source>Press F2 anywhere to come back to the scan field.</source>
        <translation>在任何页面按 F2 都可回到扫码框。</translation>
    </message>
    <message>
        <source>&amp;Undo Last Check-in</source>
        <translation>撤销上一次签到(&amp;U)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Recent check-ins</source>
        <translation>最近签到</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>课次</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>课次(&amp;S)：</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>点名册</translation>
    </message>
    <message>
        <source>Select students and press P, L, A, E or M (or a button); Ctrl+A selects all.</source>
        <translation>选中学员后按 P、L、A、E 或 M（或点按钮）；Ctrl+A 全选。</translation>
    </message>
    <message>
        <source>Mark the selected students (key %1)</source>
        <translation>标记所选学员（按键 %1）</translation>
    </message>
    <message>
        <source>Save &amp;Roster</source>
        <translation>保存点名(&amp;R)</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source> of 5</source>
        <translation> 分（满分 5）</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <source>Save &amp;Feedback</source>
        <translation>保存评价(&amp;F)</translation>
    </message>
    <message>
        <source>S&amp;ession:</source>
        <translation>课次(&amp;E)：</translation>
    </message>
    <message>
        <source>S&amp;tudent:</source>
        <translation>学员(&amp;T)：</translation>
    </message>
    <message>
        <source>R&amp;ating:</source>
        <translation>评分(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>评语(&amp;C)：</translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>搜索失败</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>No student has the code or name “%1”.</source>
        <translation>没有编号或姓名为“%1”的学员。</translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <source>Pick the student</source>
        <translation>请选择学员</translation>
    </message>
    <message>
        <source>Use the arrow keys and press Enter, or double-click a name.</source>
        <translation>用方向键选择后按回车，或双击姓名。</translation>
    </message>
    <message>
        <source>Not enrolled — offer a drop-in</source>
        <translation>未报名——可出售单次课</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>未签到</translation>
    </message>
    <message>
        <source>Checked in (late)</source>
        <translation>已签到（迟到）</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2，%3</translation>
    </message>
    <message>
        <source>%1 class hours left</source>
        <translation>剩余 %1 课时</translation>
    </message>
    <message>
        <source>%1 class hours used, %2</source>
        <translation>已扣 %1 课时，%2</translation>
    </message>
    <message>
        <source>No class hours used.</source>
        <translation>未扣课时。</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>未撤销</translation>
    </message>
    <message>
        <source>Check-in undone</source>
        <translation>撤销签到</translation>
    </message>
    <message>
        <source>Hours given back: %1 class hours left</source>
        <translation>已退回课时：剩余 %1 课时</translation>
    </message>
    <message>
        <source>The attendance record was removed.</source>
        <translation>考勤记录已删除。</translation>
    </message>
    <message>
        <source>No sessions today.</source>
        <translation>今天没有课次。</translation>
    </message>
    <message>
        <source>No students are enrolled in this class.</source>
        <translation>此班级没有报名的学员。</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s); %1 already recorded.</source>
        <translation>
            <numerusform>%n 名学员；已记录 %1 名。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>未保存任何内容：%1</translation>
    </message>
    <message numerus="yes">
        <source>Saved the roster of %n student(s).</source>
        <translation>
            <numerusform>已保存 %n 名学员的点名。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has attended this session yet.</source>
        <translation>本课次还没有人出席。</translation>
    </message>
    <message>
        <source>Saved %1&apos;s rating of %2 of 5.</source>
        <translation>已保存 %1 的评分：%2 分（满分 5）。</translation>
    </message>
    <message>
        <source>Session for the drop-in ticket</source>
        <translation>单次票对应的课节</translation>
    </message>
    <message>
        <source>Sell a &amp;Drop-in Ticket…</source>
        <translation>出售单次票(&amp;D)…</translation>
    </message>
    <message>
        <source>Sell a drop-in ticket below, or a pack on the Payments page (F3) and scan again.</source>
        <translation>可在下方出售单次票，或在收款页（F3）出售课时包后再扫码。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>td::ui::ClassDialog</name>
    <message>
        <source>New Class</source>
        <translation>新建班级</translation>
    </message>
    <message>
        <source>New Workshop or Lecture</source>
        <translation>新建工作坊或讲座</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Class name</source>
        <translation>班级名称</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>讲师</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>教室</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seat(s))</source>
        <translation>
            <numerusform>%1（%n 个座位）</numerusform>
        </translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>座位数</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>首次上课日期</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>After</source>
        <translation>共</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>课次数</translation>
    </message>
    <message>
        <source> sessions</source>
        <translation> 次课</translation>
    </message>
    <message>
        <source>On</source>
        <translation>截止于</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>最后上课日期</translation>
    </message>
    <message>
        <source>Drop-in ticket price</source>
        <translation>单次票价</translation>
    </message>
    <message>
        <source>Ticket price</source>
        <translation>票价</translation>
    </message>
    <message>
        <source>No drop-in tickets</source>
        <translation>不售单次票</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>课程(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Instructor:</source>
        <translation>讲师(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>教室(&amp;R)：</translation>
    </message>
    <message>
        <source>S&amp;eats:</source>
        <translation>座位数(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;First date:</source>
        <translation>首次上课(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>上课日：</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>结束：</translation>
    </message>
    <message>
        <source>&amp;Drop-in ticket:</source>
        <translation>单次票(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Ticket price:</source>
        <translation>票价(&amp;T)：</translation>
    </message>
    <message>
        <source>Sessions to be scheduled</source>
        <translation>将要安排的课次</translation>
    </message>
    <message>
        <source>&amp;Sessions:</source>
        <translation>课次(&amp;S)：</translation>
    </message>
    <message>
        <source>Type an amount such as 80 or 80.50.</source>
        <translation>请输入金额，例如 80 或 80.50。</translation>
    </message>
    <message>
        <source>%1. %2 %3</source>
        <translation>%1. %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), %1 to %2.</source>
        <translation>
            <numerusform>共 %n 次课，%1 至 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) clash; change the time, the room or the instructor.</source>
        <translation>
            <numerusform>%n 次课有冲突；请更改时间、教室或讲师。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::ComingPage</name>
    <message>
        <source>This page is not part of this version of TrainingDesk yet.</source>
        <translation>此版本的 TrainingDesk 尚未提供此页面。</translation>
    </message>
</context>
<context>
    <name>td::ui::DailyCloseDialog</name>
    <message>
        <source>Daily Close</source>
        <translation>日结报表</translation>
    </message>
    <message>
        <source>Business day</source>
        <translation>营业日</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>营业日(&amp;D)：</translation>
    </message>
    <message>
        <source>Totals by payment method</source>
        <translation>按支付方式合计</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>收款笔数</translation>
    </message>
    <message>
        <source>Sales total</source>
        <translation>收款合计</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款笔数</translation>
    </message>
    <message>
        <source>Refunds total</source>
        <translation>退款合计</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Close the Day…</source>
        <translation>日结(&amp;C)…</translation>
    </message>
    <message>
        <source>All methods</source>
        <translation>全部方式</translation>
    </message>
    <message>
        <source>Closed by %1 at %2.</source>
        <translation>已由 %1 于 %2 日结。</translation>
    </message>
    <message>
        <source>Open: sales and refunds still count for this day.</source>
        <translation>未日结：收款和退款仍计入这一天。</translation>
    </message>
    <message>
        <source>Daily close %1</source>
        <translation>日结报表 %1</translation>
    </message>
    <message>
        <source>Close the Day</source>
        <translation>日结</translation>
    </message>
    <message>
        <source>Close %1 with net takings of %2? Later sales and refunds will count for the next day.</source>
        <translation>确定日结 %1，净收入 %2？之后的收款和退款将计入下一个营业日。</translation>
    </message>
</context>
<context>
    <name>td::ui::EnrollmentDialog</name>
    <message>
        <source>Class Students</source>
        <translation>班级学员</translation>
    </message>
    <message>
        <source>Seats taken</source>
        <translation>已占座位</translation>
    </message>
    <message>
        <source>Find a student to enroll</source>
        <translation>查找要报名的学员</translation>
    </message>
    <message>
        <source>Name, phone or student code</source>
        <translation>姓名、电话或学员编号</translation>
    </message>
    <message>
        <source>Students found</source>
        <translation>找到的学员</translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation>报名(&amp;E)</translation>
    </message>
    <message>
        <source>Enroll a student</source>
        <translation>为学员报名</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Enrolled and waitlisted students</source>
        <translation>已报名和候补的学员</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>候补</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>退班(&amp;W)…</translation>
    </message>
    <message>
        <source>Students of the class</source>
        <translation>本班学员</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2，%3</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 seats taken · %n on the waitlist</source>
        <translation>
            <numerusform>已占 %1/%2 个座位 · 候补 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>The class is full: %1 is on the waitlist, number %2.</source>
        <translation>班级已满：%1 已进入候补名单，排第 %2 位。</translation>
    </message>
    <message>
        <source>%1 is enrolled.</source>
        <translation>%1 报名成功。</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>退班</translation>
    </message>
    <message>
        <source>Withdraw %1 from the class? The seat goes to the first student on the waitlist.</source>
        <translation>确定让 %1 退出本班吗？空出的座位将给候补名单上的第一位学员。</translation>
    </message>
    <message>
        <source>%1 is withdrawn.</source>
        <translation>%1 已退班。</translation>
    </message>
    <message>
        <source>%1 got the seat from the waitlist.</source>
        <translation>%1 从候补名单获得了座位。</translation>
    </message>
</context>
<context>
    <name>td::ui::FirstAdminDialog</name>
    <message>
        <source>Welcome to TrainingDesk</source>
        <translation>欢迎使用 TrainingDesk</translation>
    </message>
    <message>
        <source>This center database has no administrator yet. Create the first administrator account: the center manager who sets up staff accounts, classes and settings.</source>
        <translation>此中心数据库还没有管理员。请创建第一个管理员账号：由中心负责人设置员工账号、班级和各项设置。</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>e.g. manager</source>
        <translation>例如 manager</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>至少 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
    <message>
        <source>Create Administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>td::ui::InsightsPage</name>
    <message>
        <source>Insights</source>
        <translation>洞察</translation>
    </message>
    <message>
        <source>&amp;Train models</source>
        <translation>训练模型(&amp;T)</translation>
    </message>
    <message>
        <source>Train the models</source>
        <translation>训练模型</translation>
    </message>
    <message>
        <source>Learns from the center&apos;s whole history; takes a while on a large center.</source>
        <translation>从机构的全部历史中学习；机构规模大时需要一些时间。</translation>
    </message>
    <message>
        <source>&amp;Cancel training</source>
        <translation>取消训练(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the training</source>
        <translation>取消训练</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>训练进度</translation>
    </message>
    <message>
        <source>Students most at risk of leaving</source>
        <translation>最可能流失的学员</translation>
    </message>
    <message>
        <source>At &amp;risk of leaving</source>
        <translation>流失风险(&amp;R)</translation>
    </message>
    <message>
        <source>Students most likely to buy</source>
        <translation>最可能购买的学员</translation>
    </message>
    <message>
        <source>&amp;Likely to buy</source>
        <translation>可能购买(&amp;L)</translation>
    </message>
    <message>
        <source>Distribution of churn risk</source>
        <translation>流失风险分布</translation>
    </message>
    <message>
        <source>Training cancelled; the previous models stay in use.</source>
        <translation>训练已取消；继续使用之前的模型。</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>训练失败</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message numerus="yes">
        <source>%n active student(s) scored. %1</source>
        <translation>
            <numerusform>已为 %n 名在读学员评分。%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Churn risk of the active students (next 60 days)</source>
        <translation>在读学员的流失风险分布（未来 60 天）</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>流失风险</translation>
    </message>
</context>
<context>
    <name>td::ui::InsightsWorker</name>
    <message>
        <source>Recommender v%1, trained %2: NDCG@10 %3 (popularity alone %4)</source>
        <translation>推荐模型 v%1，训练于 %2：NDCG@10 %3（仅按热度 %4）</translation>
    </message>
    <message>
        <source>churn model v%1: AUC %2</source>
        <translation>流失模型 v%1：AUC %2</translation>
    </message>
    <message>
        <source>purchase model v%1: AUC %2</source>
        <translation>购买模型 v%1：AUC %2</translation>
    </message>
    <message numerus="yes">
        <source>Trained on %n student(s) in %1 s.</source>
        <translation>
            <numerusform>已用 %n 名学员的数据训练，用时 %1 秒。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::LoginDialog</name>
    <message>
        <source>Sign in to TrainingDesk</source>
        <translation>登录 TrainingDesk</translation>
    </message>
    <message>
        <source>TrainingDesk is locked</source>
        <translation>TrainingDesk 已锁定</translation>
    </message>
    <message>
        <source>Sign in with your staff account.</source>
        <translation>请使用员工账号登录。</translation>
    </message>
    <message>
        <source>The desk was locked after a while without use. Enter your password to go on, or sign in as another staff member.</source>
        <translation>前台闲置一段时间后已自动锁定。请输入密码继续，或以其他员工身份登录。</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>登录问题</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Quit TrainingDesk</source>
        <translation>退出 TrainingDesk</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>请输入用户名。</translation>
    </message>
</context>
<context>
    <name>td::ui::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>TrainingDesk is locked.</source>
        <translation>TrainingDesk 已锁定。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>课表</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>数据分析</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import Students from CSV…</source>
        <translation>从 CSV 导入学员(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export Students to CSV…</source>
        <translation>导出学员到 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find Student</source>
        <translation>查找学员(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Student…</source>
        <translation>新建学员(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Check In</source>
        <translation>签到(&amp;C)</translation>
    </message>
    <message>
        <source>New &amp;Sale…</source>
        <translation>新建收款(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About TrainingDesk</source>
        <translation>关于 TrainingDesk(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>当前登录：%1（%2）</translation>
    </message>
    <message>
        <source>%1 — TrainingDesk</source>
        <translation>%1 — TrainingDesk</translation>
    </message>
    <message>
        <source>Back Up the Center Database</source>
        <translation>备份中心数据库</translation>
    </message>
    <message>
        <source>TrainingDesk databases (*.sqlite)</source>
        <translation>TrainingDesk 数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The backup cannot be the database itself.</source>
        <translation>备份不能是数据库本身。</translation>
    </message>
    <message>
        <source>The center database was copied to %1.</source>
        <translation>中心数据库已复制到 %1。</translation>
    </message>
    <message>
        <source>About TrainingDesk</source>
        <translation>关于 TrainingDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TrainingDesk %1&lt;/h3&gt;&lt;p&gt;The front desk of an offline training center: students, classes, check-in and payments, working offline and synced with the online catalog.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TrainingDesk %1&lt;/h3&gt;&lt;p&gt;线下培训中心的前台系统：学员、班级、签到和收款，离线可用，并与线上课程目录同步。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>td::ui::MakeupDialog</name>
    <message>
        <source>Makeup Session</source>
        <translation>补课</translation>
    </message>
    <message>
        <source>Makes up for: %1</source>
        <translation>补的是：%1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>教室</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seat(s))</source>
        <translation>
            <numerusform>%1（%n 个座位）</numerusform>
        </translation>
    </message>
    <message>
        <source>Clashes</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>教室(&amp;R)：</translation>
    </message>
    <message>
        <source>The session must end after it starts.</source>
        <translation>课次的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>The room and the instructor are free then.</source>
        <translation>该时段教室和讲师都有空。</translation>
    </message>
</context>
<context>
    <name>td::ui::PaymentsModel</name>
    <message>
        <source>Refund of %1: %2</source>
        <translation>退 %1：%2</translation>
    </message>
    <message>
        <source>%1 (refund of %2)</source>
        <translation>%1（退 %2）</translation>
    </message>
    <message>
        <source>Walk-in customer</source>
        <translation>散客</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 (approved by %2)</source>
        <translation>%1（%2 批准）</translation>
    </message>
    <message>
        <source>Receipt No.</source>
        <translation>收据号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>经办人</translation>
    </message>
</context>
<context>
    <name>td::ui::PaymentsPage</name>
    <message>
        <source>Business day</source>
        <translation>营业日</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>营业日(&amp;D)：</translation>
    </message>
    <message>
        <source>Search payments</source>
        <translation>搜索收款记录</translation>
    </message>
    <message>
        <source>Receipt number, student name or code</source>
        <translation>收据号、学员姓名或编号</translation>
    </message>
    <message>
        <source>&amp;New Sale…</source>
        <translation>新建收款(&amp;N)…</translation>
    </message>
    <message>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>退款(&amp;R)…</translation>
    </message>
    <message>
        <source>Show &amp;Receipt</source>
        <translation>查看收据(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Daily Close…</source>
        <translation>日结报表(&amp;D)…</translation>
    </message>
    <message>
        <source>Sales and refunds of the day</source>
        <translation>当天的收款和退款</translation>
    </message>
    <message>
        <source>The day&apos;s takings</source>
        <translation>当天收入</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n 笔收款</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s)</source>
        <translation>
            <numerusform>%n 笔退款</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop-in Ticket</source>
        <translation>单次票</translation>
    </message>
    <message>
        <source>Drop-in: %1 — %2, %3</source>
        <translation>单次票：%1 — %2，%3</translation>
    </message>
    <message>
        <source>%1, %2, net %3</source>
        <translation>%1，%2，净额 %3</translation>
    </message>
</context>
<context>
    <name>td::ui::PrintedDocument</name>
    <message>
        <source>Cannot write the PDF %1: %2</source>
        <translation>无法写入 PDF %1：%2</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save as PDF instead.</source>
        <translation>这台电脑没有设置打印机，请改为另存为 PDF。</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>打印 %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>td::ui::ReceiptDialog</name>
    <message>
        <source>Refund %1</source>
        <translation>退款 %1</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>收据 %1</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 P&amp;DF…</translation>
    </message>
</context>
<context>
    <name>td::ui::ReceiptPdf</name>
    <message>
        <source>Receipt %1</source>
        <translation>收据 %1</translation>
    </message>
</context>
<context>
    <name>td::ui::RefundDialog</name>
    <message>
        <source>Refund %1</source>
        <translation>退款 %1</translation>
    </message>
    <message>
        <source>Receipt %1 of %2: %3 by %4</source>
        <translation>收据 %1，%2：%3，%4</translation>
    </message>
    <message>
        <source>What to give back</source>
        <translation>退回内容</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <source>Still refundable</source>
        <translation>可退金额</translation>
    </message>
    <message>
        <source>Refund amount</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <source>Class hours</source>
        <translation>课时</translation>
    </message>
    <message>
        <source>Refund amount for %1</source>
        <translation>%1 的退款金额</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>最多 %1</translation>
    </message>
    <message>
        <source>Class hours to take back from %1</source>
        <translation>从 %1 扣回的课时</translation>
    </message>
    <message>
        <source>up to %1 left</source>
        <translation>最多剩余 %1</translation>
    </message>
    <message>
        <source>Reason for the refund</source>
        <translation>退款原因</translation>
    </message>
    <message>
        <source>required, e.g. moved to another city</source>
        <translation>必填，例如：搬家到外地</translation>
    </message>
    <message>
        <source>Refund method</source>
        <translation>退款方式</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Give back by:</source>
        <translation>退款方式(&amp;G)：</translation>
    </message>
    <message>
        <source>An administrator approves this refund</source>
        <translation>需管理员批准此退款</translation>
    </message>
    <message>
        <source>Administrator&apos;s username</source>
        <translation>管理员用户名</translation>
    </message>
    <message>
        <source>Administrator&apos;s password</source>
        <translation>管理员密码</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation>退款(&amp;R)</translation>
    </message>
    <message>
        <source>Type an amount such as 100 or 100.50.</source>
        <translation>请输入金额，例如 100 或 100.50。</translation>
    </message>
    <message>
        <source>Type class hours such as 2 or 1.5.</source>
        <translation>请输入课时，例如 2 或 1.5。</translation>
    </message>
    <message>
        <source>To give back: %1</source>
        <translation>应退：%1</translation>
    </message>
</context>
<context>
    <name>td::ui::RejectedMutationsModel</name>
    <message>
        <source>Student</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>授权同意</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Class-hour entry</source>
        <translation>课时记录</translation>
    </message>
    <message>
        <source>Class-hour pack</source>
        <translation>课时包</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Payment or refund</source>
        <translation>收款或退款</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>产生时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation>服务器拒绝的原因</translation>
    </message>
</context>
<context>
    <name>td::ui::SaleDialog</name>
    <message>
        <source>New Sale</source>
        <translation>新建收款</translation>
    </message>
    <message>
        <source>Find the student</source>
        <translation>查找学员</translation>
    </message>
    <message>
        <source>Name, phone or student code; Enter picks</source>
        <translation>姓名、电话或学员编号；按回车选择</translation>
    </message>
    <message>
        <source>Matching students</source>
        <translation>匹配的学员</translation>
    </message>
    <message>
        <source>Walk-in customer (no student)</source>
        <translation>散客（无学员）</translation>
    </message>
    <message>
        <source>Student of the sale</source>
        <translation>本单学员</translation>
    </message>
    <message>
        <source>Catalog item to add</source>
        <translation>要添加的课程商品</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Lines of the sale</source>
        <translation>收款明细</translation>
    </message>
    <message>
        <source>&amp;Remove Line</source>
        <translation>删除此行(&amp;R)</translation>
    </message>
    <message>
        <source>Type in a cell to change the quantity, price, discount, class hours or expiry.</source>
        <translation>在单元格中输入即可修改数量、价格、折扣、课时或有效期。</translation>
    </message>
    <message>
        <source>Discount on the whole sale</source>
        <translation>整单折扣</translation>
    </message>
    <message>
        <source>an amount, or a percentage such as 10%</source>
        <translation>金额，或百分比如 10%</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Cash tendered</source>
        <translation>实收现金</translation>
    </message>
    <message>
        <source>exact amount</source>
        <translation>默认为应付金额</translation>
    </message>
    <message>
        <source>Change to give</source>
        <translation>应找零</translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation>应付合计</translation>
    </message>
    <message>
        <source>&amp;Student:</source>
        <translation>学员(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>商品(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Discount:</source>
        <translation>折扣(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>支付方式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Cash tendered:</source>
        <translation>实收现金(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Complete Sale</source>
        <translation>完成收款(&amp;C)</translation>
    </message>
    <message>
        <source>Material or other item (type its name and price)</source>
        <translation>教材或其他商品（输入名称和价格）</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2，%3</translation>
    </message>
    <message>
        <source>, %1 class hours</source>
        <translation>，%1 课时</translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <source>No student matches “%1”.</source>
        <translation>没有与“%1”匹配的学员。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>教材</translation>
    </message>
    <message>
        <source>Subtotal %1, discount %2</source>
        <translation>小计 %1，优惠 %2</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>合计 %1</translation>
    </message>
    <message>
        <source>Type an amount such as 100 or 100.50</source>
        <translation>请输入金额，例如 100 或 100.50</translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation>还差 %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>找零 %1</translation>
    </message>
    <message>
        <source>Type the discount as an amount (50) or a percentage (10%).</source>
        <translation>折扣请输入金额（50）或百分比（10%）。</translation>
    </message>
    <message>
        <source>Type the cash handed over as an amount such as 100 or 100.50.</source>
        <translation>请输入实收现金金额，例如 100 或 100.50。</translation>
    </message>
</context>
<context>
    <name>td::ui::SaleLinesModel</name>
    <message>
        <source>never</source>
        <translation>永久有效</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Class hours</source>
        <translation>课时</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>td::ui::ScheduleFormat</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
</context>
<context>
    <name>td::ui::SchedulePage</name>
    <message>
        <source>◀ &amp;Previous Week</source>
        <translation>◀ 上一周(&amp;P)</translation>
    </message>
    <message>
        <source>Page Up or Alt+Left</source>
        <translation>Page Up 或 Alt+左方向键</translation>
    </message>
    <message>
        <source>&amp;This Week</source>
        <translation>本周(&amp;T)</translation>
    </message>
    <message>
        <source>Alt+Home</source>
        <translation>Alt+Home</translation>
    </message>
    <message>
        <source>Ne&amp;xt Week ▶</source>
        <translation>下一周(&amp;X) ▶</translation>
    </message>
    <message>
        <source>Page Down or Alt+Right</source>
        <translation>Page Down 或 Alt+右方向键</translation>
    </message>
    <message>
        <source>Show the week of</source>
        <translation>显示所在的周</translation>
    </message>
    <message>
        <source>Rows of the week</source>
        <translation>周视图的行</translation>
    </message>
    <message>
        <source>By room</source>
        <translation>按教室</translation>
    </message>
    <message>
        <source>By instructor</source>
        <translation>按讲师</translation>
    </message>
    <message>
        <source>New &amp;Class…</source>
        <translation>新建班级(&amp;C)…</translation>
    </message>
    <message>
        <source>New &amp;Workshop…</source>
        <translation>新建工作坊(&amp;W)…</translation>
    </message>
    <message>
        <source>A one-off workshop or lecture with drop-in tickets</source>
        <translation>单次的工作坊或讲座，可售单次票</translation>
    </message>
    <message>
        <source>&amp;Enroll Students…</source>
        <translation>学员报名(&amp;E)…</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Cancel &amp;Session…</source>
        <translation>取消课次(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Makeup Session…</source>
        <translation>安排补课(&amp;M)…</translation>
    </message>
    <message>
        <source>Sessions of the week</source>
        <translation>本周课次</translation>
    </message>
    <message>
        <source>Sessions of the chosen day</source>
        <translation>所选日期的课次</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>课次详情</translation>
    </message>
    <message>
        <source>Sessions of the &amp;day:</source>
        <translation>当天课次(&amp;D)：</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>There are no rooms yet; classes need a room.</source>
        <translation>还没有教室；排课需要教室。</translation>
    </message>
    <message>
        <source>No sessions this week.</source>
        <translation>本周没有课次。</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>教室：%1</translation>
    </message>
    <message>
        <source>Instructor: %1</source>
        <translation>讲师：%1</translation>
    </message>
    <message>
        <source>Enrolled: %1 of %2</source>
        <translation>已报名：%1/%2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>A makeup session.</source>
        <translation>这是一节补课。</translation>
    </message>
    <message>
        <source>Class &amp;Students…</source>
        <translation>班级学员(&amp;S)…</translation>
    </message>
    <message>
        <source>Sell &amp;Ticket…</source>
        <translation>售票(&amp;T)…</translation>
    </message>
    <message>
        <source>A drop-in ticket for this session, sold ahead for its day</source>
        <translation>为本节课预售单次票，仅限当天入场</translation>
    </message>
    <message>
        <source>Drop-in ticket: %1</source>
        <translation>单次票：%1</translation>
    </message>
</context>
<context>
    <name>td::ui::SettingsPage</name>
    <message>
        <source>Center</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>Only an administrator can change the center&apos;s settings.</source>
        <translation>只有管理员可以修改中心设置。</translation>
    </message>
    <message>
        <source>Center name</source>
        <translation>中心名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Center phone</source>
        <translation>中心电话</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>闲置多少分钟后锁定</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Low class-hour balance reminder</source>
        <translation>课时不足提醒</translation>
    </message>
    <message>
        <source> class hours</source>
        <translation> 课时</translation>
    </message>
    <message>
        <source>Center &amp;name:</source>
        <translation>中心名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>货币(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Lock the desk after:</source>
        <translation>闲置锁定(&amp;L)：</translation>
    </message>
    <message>
        <source>Remind when a pack is &amp;below:</source>
        <translation>课包余额低于此值时提醒(&amp;B)：</translation>
    </message>
    <message>
        <source>Receipt header</source>
        <translation>收据抬头</translation>
    </message>
    <message>
        <source>Receipt footer</source>
        <translation>收据页脚</translation>
    </message>
    <message>
        <source>Receipt &amp;header:</source>
        <translation>收据抬头(&amp;H)：</translation>
    </message>
    <message>
        <source>Receipt &amp;footer:</source>
        <translation>收据页脚(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Save Center Settings</source>
        <translation>保存中心设置(&amp;S)</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The new language is used from the next time TrainingDesk starts.</source>
        <translation>新语言将在下次启动 TrainingDesk 时生效。</translation>
    </message>
    <message>
        <source>Database location</source>
        <translation>数据库位置</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>语言(&amp;G)：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>td::ui::Startup</name>
    <message>
        <source>The front desk of a training center.</source>
        <translation>培训中心前台系统。</translation>
    </message>
    <message>
        <source>The center database to open.</source>
        <translation>要打开的中心数据库。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>The language for this run: en, zh_CN or system.</source>
        <translation>本次运行使用的语言：en、zh_CN 或 system。</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>TrainingDesk</source>
        <translation>TrainingDesk</translation>
    </message>
    <message>
        <source>TrainingDesk cannot open the center database.

%1</source>
        <translation>TrainingDesk 无法打开中心数据库。

%1</translation>
    </message>
</context>
<context>
    <name>td::ui::StudentCsvTransfer</name>
    <message>
        <source>Import Students</source>
        <translation>导入学员</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing students from %1…</source>
        <translation>正在从 %1 导入学员…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消，未导入任何数据。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n line(s) of the file need correcting first.</source>
        <translation>
            <numerusform>未导入任何数据：文件中有 %n 行需要先更正。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) imported (%1).</source>
        <translation>
            <numerusform>已导入 %n 名学员（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Students</source>
        <translation>导出学员</translation>
    </message>
    <message>
        <source>students.csv</source>
        <translation>学员.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting students…</source>
        <translation>正在导出学员…</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 名学员写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::StudentDetailPanel</name>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Student details</source>
        <translation>学员详情</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit student</source>
        <translation>编辑学员</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>基本资料</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>授权同意</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>兴趣</translation>
    </message>
    <message>
        <source>Select a student to see their details.</source>
        <translation>选择一名学员以查看详情。</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>考勤</translation>
    </message>
    <message>
        <source>Class hours</source>
        <translation>课时</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Online activity</source>
        <translation>线上学习</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1（%2 岁）</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Online account</source>
        <translation>线上账号</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>建档日期</translation>
    </message>
    <message>
        <source>No guardian recorded. A minor needs one.</source>
        <translation>未登记监护人。未成年学员需要监护人。</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>未登记。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>system</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>given on %1 (recorded by %2)</source>
        <translation>已于 %1 同意（记录人：%2）</translation>
    </message>
    <message>
        <source>refused on %1 (recorded by %2)</source>
        <translation>已于 %1 拒绝（记录人：%2）</translation>
    </message>
</context>
<context>
    <name>td::ui::StudentDialog</name>
    <message>
        <source>New Student</source>
        <translation>新建学员</translation>
    </message>
    <message>
        <source>Edit Student</source>
        <translation>编辑学员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Student code</source>
        <translation>学员编号</translation>
    </message>
    <message>
        <source>given automatically</source>
        <translation>自动生成</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>e.g. 138 0013 8000</source>
        <translation>例如 138 0013 8000</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>兴趣</translation>
    </message>
    <message>
        <source>comma-separated, e.g. piano, python</source>
        <translation>用逗号分隔，例如 钢琴, 编程</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>基本资料</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>编号(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>邮箱(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>出生日期(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>性别(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Interests:</source>
        <translation>兴趣(&amp;I)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Required for students under %1.</source>
        <translation>未满 %1 岁的学员必须填写。</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>No guardian.</source>
        <translation>无监护人。</translation>
    </message>
    <message>
        <source>&amp;Add Guardian</source>
        <translation>添加监护人(&amp;A)</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>尚未询问</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>授权同意</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Guardian %1 name</source>
        <translation>监护人 %1 姓名</translation>
    </message>
    <message>
        <source>Guardian %1 relation</source>
        <translation>监护人 %1 关系</translation>
    </message>
    <message>
        <source>e.g. mother</source>
        <translation>例如 母亲</translation>
    </message>
    <message>
        <source>mother</source>
        <translation>母亲</translation>
    </message>
    <message>
        <source>father</source>
        <translation>父亲</translation>
    </message>
    <message>
        <source>grandmother</source>
        <translation>祖母/外祖母</translation>
    </message>
    <message>
        <source>grandfather</source>
        <translation>祖父/外祖父</translation>
    </message>
    <message>
        <source>aunt</source>
        <translation>姑姑/阿姨</translation>
    </message>
    <message>
        <source>uncle</source>
        <translation>叔叔/舅舅</translation>
    </message>
    <message>
        <source>Guardian %1 phone</source>
        <translation>监护人 %1 电话</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove guardian %1</source>
        <translation>移除监护人 %1</translation>
    </message>
    <message>
        <source>Type the birth date as year-month-day, e.g. 2015-06-01.</source>
        <translation>请按“年-月-日”输入出生日期，例如 2015-06-01。</translation>
    </message>
</context>
<context>
    <name>td::ui::StudentInsightsSection</name>
    <message>
        <source>Suggestions for the student</source>
        <translation>给该学员的建议</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Worth offering</source>
        <translation>值得推荐</translation>
    </message>
    <message>
        <source>Nothing to offer now.</source>
        <translation>目前没有可推荐的课程。</translation>
    </message>
    <message>
        <source>Churn risk (next 60 days): %1%</source>
        <translation>流失风险（未来 60 天）：%1%</translation>
    </message>
    <message>
        <source>Purchase chance (next 30 days): %1%</source>
        <translation>购买可能性（未来 30 天）：%1%</translation>
    </message>
</context>
<context>
    <name>td::ui::StudentListModel</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
</context>
<context>
    <name>td::ui::StudentOutlookModel</name>
    <message>
        <source>Code</source>
        <translation>学号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <source>Purchase chance</source>
        <translation>购买可能性</translation>
    </message>
    <message>
        <source>Top factors</source>
        <translation>主要因素</translation>
    </message>
</context>
<context>
    <name>td::ui::StudentsPage</name>
    <message>
        <source>Search students</source>
        <translation>搜索学员</translation>
    </message>
    <message>
        <source>Search by name, phone or student code  (Ctrl+F)</source>
        <translation>按姓名、手机号或学员编号搜索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Interest filter</source>
        <translation>兴趣筛选</translation>
    </message>
    <message>
        <source>All interests</source>
        <translation>全部兴趣</translation>
    </message>
    <message>
        <source>&amp;New Student…</source>
        <translation>新建学员(&amp;N)…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Number of students found</source>
        <translation>找到的学员人数</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>No student matches.</source>
        <translation>没有匹配的学员。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s)</source>
        <translation>
            <numerusform>%Ln 名学员</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::SyncController</name>
    <message>
        <source>changes to send: %1</source>
        <translation>待发送的更改：%1</translation>
    </message>
    <message>
        <source>Sync off (set the server in Settings) · %1</source>
        <translation>同步未开启（请在“设置”中填写服务器）· %1</translation>
    </message>
    <message>
        <source>Syncing… · %1</source>
        <translation>正在同步… · %1</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>上次错误：%1</translation>
    </message>
</context>
<context>
    <name>td::ui::SyncHistoryModel</name>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Server unreachable (will retry)</source>
        <translation>无法连接服务器（将重试）</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>被服务器拒绝</translation>
    </message>
    <message>
        <source>Failed on this desk</source>
        <translation>本机出错</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>td::ui::SyncPage</name>
    <message>
        <source>&amp;Sync Now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>Send this desk&apos;s changes and fetch the server&apos;s now (F5)</source>
        <translation>立即发送本机的更改并获取服务器的更改（F5）</translation>
    </message>
    <message>
        <source>Sync history</source>
        <translation>同步记录</translation>
    </message>
    <message>
        <source>Changes the server refused</source>
        <translation>被服务器拒绝的更改</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;同步记录&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This computer does not report when the network comes back; the desk retries on its timer.</source>
        <translation>本机无法报告网络何时恢复；前台会按定时器重试。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Refused changes&lt;/b&gt;: none.</source>
        <translation>&lt;b&gt;被拒绝的更改&lt;/b&gt;：无。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Refused changes&lt;/b&gt;: the server will not take these; they stay on this desk only.</source>
        <translation>&lt;b&gt;被拒绝的更改&lt;/b&gt;：服务器不接受这些更改，它们只保留在本机。</translation>
    </message>
</context>
<context>
    <name>td::ui::SyncSettingsBox</name>
    <message>
        <source>Sync with the online platform</source>
        <translation>与线上平台同步</translation>
    </message>
    <message>
        <source>Sync server address</source>
        <translation>同步服务器地址</translation>
    </message>
    <message>
        <source>Center token</source>
        <translation>中心令牌</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>Desk code</source>
        <translation>前台编号</translation>
    </message>
    <message>
        <source>Give each desk of a center its own code (A, B…) so their receipt numbers never clash; leave it empty on a center&apos;s only desk.</source>
        <translation>为中心的每台前台设置不同的编号（A、B…），收据号就不会重复；中心只有一台前台时留空即可。</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>同步间隔</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Save S&amp;ync Settings</source>
        <translation>保存同步设置(&amp;Y)</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>服务器(&amp;V)：</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>令牌(&amp;K)：</translation>
    </message>
    <message>
        <source>Sync e&amp;very:</source>
        <translation>同步间隔(&amp;E)：</translation>
    </message>
    <message>
        <source>Desk &amp;code:</source>
        <translation>前台编号(&amp;C)：</translation>
    </message>
    <message>
        <source>No token set.</source>
        <translation>尚未设置令牌。</translation>
    </message>
    <message>
        <source>A token is set. %1</source>
        <translation>已设置令牌。%1</translation>
    </message>
    <message>
        <source>Enter the center&apos;s token from the online platform.</source>
        <translation>请输入线上平台为本中心发放的令牌。</translation>
    </message>
    <message>
        <source>Saved; sync is off.</source>
        <translation>已保存；同步未开启。</translation>
    </message>
    <message>
        <source>Saved; syncing with %1.</source>
        <translation>已保存；正在与 %1 同步。</translation>
    </message>
</context>
<context>
    <name>td::ui::SyncTokenStore</name>
    <message>
        <source>The token is kept in the system keychain.</source>
        <translation>令牌保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>No system keychain is available (%1): the token is kept only until TrainingDesk closes.</source>
        <translation>没有可用的系统钥匙串（%1）：令牌只保留到 TrainingDesk 关闭为止。</translation>
    </message>
    <message>
        <source>a token given for this session</source>
        <translation>令牌仅为本次会话提供</translation>
    </message>
    <message>
        <source>no keychain service on this computer</source>
        <translation>本机没有钥匙串服务</translation>
    </message>
</context>
<context>
    <name>td::ui::TodayPage</name>
    <message>
        <source>Low balance</source>
        <translation>课时不足</translation>
    </message>
    <message>
        <source>Pack expiring</source>
        <translation>课包即将到期</translation>
    </message>
    <message>
        <source>Membership ending</source>
        <translation>会员即将到期</translation>
    </message>
    <message>
        <source>Absent twice</source>
        <translation>连续缺勤两次</translation>
    </message>
    <message>
        <source>Offer a new pack</source>
        <translation>推荐购买新课包</translation>
    </message>
    <message>
        <source>Remind the student to use the hours before they expire</source>
        <translation>提醒学员在到期前用完课时</translation>
    </message>
    <message>
        <source>Offer a renewal</source>
        <translation>提醒续费</translation>
    </message>
    <message>
        <source>Call the student or a guardian</source>
        <translation>联系学员或监护人</translation>
    </message>
    <message>
        <source>Today&apos;s sessions</source>
        <translation>今日课次</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>教室</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>老师</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Double-click a session to mark its roster.</source>
        <translation>双击课次即可点名。</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒事项</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>课次</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>今天，%1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>No sessions today.</source>
        <translation>今天没有课次。</translation>
    </message>
    <message>
        <source>Nothing to follow up today.</source>
        <translation>今天没有需要跟进的事项。</translation>
    </message>
</context>
<context>
    <name>td::ui::WeekScheduleModel</name>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n 个座位</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (%3/%4)</source>
        <translation>%1 %2（%3/%4）</translation>
    </message>
    <message>
        <source>makeup</source>
        <translation>补课</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 %2, %3
Room: %4 · Instructor: %5
Enrolled: %6 of %7 · Status: %8</source>
        <translation>%1 %2，%3
教室：%4 · 讲师：%5
已报名：%6/%7 · 状态：%8</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>取消原因：%1</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
</TS>
