<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>cd</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>cd::AppSession</name>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation>无法保存设置：%1</translation>
    </message>
</context>
<context>
    <name>cd::AtomicFileTarget</name>
    <message>
        <source>No file name was given.</source>
        <translation>未指定文件名。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹%1不存在。</translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation>%1为只读文件。</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2</source>
        <translation>无法在文件夹%1中写入：%2</translation>
    </message>
    <message>
        <source>Nothing was written to %1.</source>
        <translation>未向%1写入任何内容。</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation>无法替换%1：%2</translation>
    </message>
</context>
<context>
    <name>cd::BallotEntryWidget</name>
    <message>
        <source>Type the ballot number.</source>
        <translation>请输入选票编号。</translation>
    </message>
    <message>
        <source>Type the next number.</source>
        <translation>请输入下一张选票的编号。</translation>
    </message>
    <message>
        <source>There is no voter with this number.</source>
        <translation>没有该编号的选民。</translation>
    </message>
    <message>
        <source>The ballot is entered as invalid.</source>
        <translation>该选票将录入为无效票。</translation>
    </message>
    <message>
        <source>%1 yes marks for %2 seats: the ballot will count as invalid.</source>
        <translation>同意%1人，超过应选名额%2名：该票将计为无效票。</translation>
    </message>
    <message>
        <source>%1 yes of %2 seats.</source>
        <translation>同意%1人（应选%2名）。</translation>
    </message>
    <message>
        <source>Ballot &amp;number:</source>
        <translation>选票编号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Marks:</source>
        <translation>表决意见(&amp;M)：</translation>
    </message>
    <message>
        <source>why (optional)</source>
        <translation>原因（可不填）</translation>
    </message>
    <message>
        <source>Enter ballot</source>
        <translation>录入选票</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选人</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>No</source>
        <translation>不同意</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>弃权</translation>
    </message>
    <message>
        <source>one per candidate: y yes, n no, a abstain; x invalid — Enter saves</source>
        <translation>每位候选人一个字母：y 同意，n 不同意，a 弃权；x 无效票 — 按回车键保存</translation>
    </message>
    <message>
        <source>&amp;Invalid ballot</source>
        <translation>无效票(&amp;I)</translation>
    </message>
</context>
<context>
    <name>cd::BallotPrinter</name>
    <message>
        <source>Ballots are printed once voting has opened: the roll and the ballot order are fixed then.</source>
        <translation>选票须在投票开始后打印：届时选民名册和选票上的候选人顺序才确定。</translation>
    </message>
    <message>
        <source>There are no ballots to print for these voter numbers.</source>
        <translation>这些选民编号没有可打印的选票。</translation>
    </message>
    <message>
        <source>The printer does not accept A4 pages.</source>
        <translation>打印机不支持A4纸张。</translation>
    </message>
    <message>
        <source>Cannot start printing (the output could not be opened).</source>
        <translation>无法开始打印（无法打开输出设备）。</translation>
    </message>
    <message>
        <source>Printing stopped at ballot %1.</source>
        <translation>打印在第%1号选票处中断。</translation>
    </message>
    <message>
        <source>Printing the ballots was cancelled.</source>
        <translation>选票打印已取消。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
</context>
<context>
    <name>cd::BuildingDialog</name>
    <message>
        <source>Edit Building %1 %2</source>
        <translation>编辑楼栋：%1%2号楼</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>楼号：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Floors:</source>
        <translation>层数：</translation>
    </message>
    <message>
        <source>Year built:</source>
        <translation>建成年份：</translation>
    </message>
    <message>
        <source>Grid:</source>
        <translation>所属网格：</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>No grid</source>
        <translation>未划入网格</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The building number is empty.</source>
        <translation>楼号不能为空。</translation>
    </message>
</context>
<context>
    <name>cd::CandidateStep</name>
    <message>
        <source>Party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>%1 of 4</source>
        <translation>%1/4</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>候选人%n名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n approved</source>
        <translation>
            <numerusform>，审查通过%n名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n seat(s)</source>
        <translation>
            <numerusform>；应选%n名</numerusform>
        </translation>
    </message>
    <message>
        <source>; party members %1%</source>
        <translation>；党员占%1%</translation>
    </message>
    <message>
        <source>(under 50%: a reminder)</source>
        <translation>（不足50%，仅作提醒）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vetting of %1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;资格审查：%1&lt;/b&gt;（%2）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vetting&lt;/b&gt;: select a candidate.</source>
        <translation>&lt;b&gt;资格审查&lt;/b&gt;：请选择候选人。</translation>
    </message>
    <message>
        <source>Disqualifier: %1</source>
        <translation>否决条件：%1</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>未审查</translation>
    </message>
    <message>
        <source>applies</source>
        <translation>存在</translation>
    </message>
    <message>
        <source>met</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>不符合</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the conditions above).</source>
        <translation>
            <numerusform>……另有%n项（见上方条件列表）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody of this estate matches.</source>
        <translation>本小区没有符合的人员。</translation>
    </message>
    <message>
        <source>Reject candidate</source>
        <translation>审查不通过</translation>
    </message>
    <message>
        <source>Withdraw candidate</source>
        <translation>候选人退出</translation>
    </message>
    <message>
        <source>Why is the candidate rejected?</source>
        <translation>审查未通过的原因：</translation>
    </message>
    <message>
        <source>Why does the candidate withdraw?</source>
        <translation>候选人退出的原因：</translation>
    </message>
    <message>
        <source>Find a person of the estate: name, pinyin, room (3-2-501) or phone</source>
        <translation>查找本小区人员：姓名、拼音、房号（3-2-501）或电话</translation>
    </message>
    <message>
        <source>Add candidate</source>
        <translation>添加候选人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>推荐方式</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Qualities</source>
        <translation>四有</translation>
    </message>
    <message>
        <source>Vetting</source>
        <translation>资格审查</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Ability</source>
        <translation>有能力</translation>
    </message>
    <message>
        <source>Conduct</source>
        <translation>有品行</translation>
    </message>
    <message>
        <source>Public spirit</source>
        <translation>有公心</translation>
    </message>
    <message>
        <source>Enthusiasm</source>
        <translation>有热心</translation>
    </message>
    <message>
        <source>Notes on the four qualities</source>
        <translation>“四有”情况说明</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>审查结果</translation>
    </message>
    <message>
        <source>Save vetting</source>
        <translation>保存审查结果</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审查通过</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>不予通过…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>退出…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Add condition…</source>
        <translation>添加条件…</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>删除条件</translation>
    </message>
    <message>
        <source>Eligibility condition (must be met)</source>
        <translation>资格条件（须符合）</translation>
    </message>
    <message>
        <source>Disqualifier (must not apply)</source>
        <translation>否决条件（不得存在）</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>添加条件</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Condition:</source>
        <translation>条件：</translation>
    </message>
</context>
<context>
    <name>cd::CategoryStore</name>
    <message>
        <source>Cannot read the request categories: %1</source>
        <translation>无法读取诉求类别：%1</translation>
    </message>
    <message>
        <source>There is no request category &quot;%1&quot;.</source>
        <translation>没有诉求类别“%1”。</translation>
    </message>
    <message>
        <source>A category needs a name.</source>
        <translation>请填写类别名称。</translation>
    </message>
    <message>
        <source>The category &quot;%1&quot; exists already.</source>
        <translation>类别“%1”已存在。</translation>
    </message>
    <message>
        <source>Cannot add the category: %1</source>
        <translation>无法添加类别：%1</translation>
    </message>
    <message>
        <source>Cannot rename the category to &quot;%1&quot;: %2</source>
        <translation>无法将类别重命名为“%1”：%2</translation>
    </message>
    <message>
        <source>There is no request category with id %1.</source>
        <translation>不存在编号为%1的诉求类别。</translation>
    </message>
    <message>
        <source>Cannot change the category: %1</source>
        <translation>无法修改类别：%1</translation>
    </message>
    <message>
        <source>Cannot check the category: %1</source>
        <translation>无法检查类别：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) use this category; archive it instead.</source>
        <translation>
            <numerusform>有%n件诉求使用该类别，请改为停用。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot remove the category: %1</source>
        <translation>无法删除类别：%1</translation>
    </message>
</context>
<context>
    <name>cd::CensusCalculator</name>
    <message>
        <source>A target is a percentage from 0 to 100.</source>
        <translation>目标值须为0至100之间的百分比。</translation>
    </message>
    <message>
        <source>%1 is not a census year.</source>
        <translation>%1不是有效的排查年度。</translation>
    </message>
    <message>
        <source>The %1 census cannot be counted before the year begins.</source>
        <translation>%1年度尚未开始，不能进行该年度排查统计。</translation>
    </message>
    <message>
        <source>The census of %1 counts a day of that year.</source>
        <translation>%1年度排查的统计日期须在该年度内。</translation>
    </message>
</context>
<context>
    <name>cd::CensusDrillDialog</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n row(s)</source>
        <translation>
            <numerusform>%1 — 共%n条</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>党员类别</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所在党组织</translation>
    </message>
    <message>
        <source>Property company</source>
        <translation>物业企业</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>报到日期</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>流动党员</translation>
    </message>
    <message>
        <source>Lost contact</source>
        <translation>失联</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>依托单位</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>书记</translation>
    </message>
    <message>
        <source>Full members</source>
        <translation>正式党员</translation>
    </message>
    <message>
        <source>Probationary</source>
        <translation>预备党员</translation>
    </message>
    <message>
        <source>Formation rule</source>
        <translation>组建建议</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>从业人员</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>党员数</translation>
    </message>
    <message>
        <source>Organisation form</source>
        <translation>组建方式</translation>
    </message>
    <message>
        <source>Red property</source>
        <translation>红色物业</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>履约评价</translation>
    </message>
    <message>
        <source>Cross-appointed</source>
        <translation>交叉任职</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Party organisation</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>Term from</source>
        <translation>任期开始</translation>
    </message>
    <message>
        <source>Term to</source>
        <translation>任期届满</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>委员数</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>主任</translation>
    </message>
    <message>
        <source>Half party members</source>
        <translation>党员过半</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原单位</translation>
    </message>
    <message>
        <source>To</source>
        <translation>任职单位</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>任职日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>离任日期</translation>
    </message>
</context>
<context>
    <name>cd::CensusKpis</name>
    <message>
        <source>Party members</source>
        <translation>党员总数</translation>
    </message>
    <message>
        <source>Party organisations in property companies</source>
        <translation>物业企业党组织组建率</translation>
    </message>
    <message numerus="yes">
        <source>%n more property company(s) with party members must set up a party organisation.</source>
        <translation>
            <numerusform>还需%n家有党员的物业企业建立党组织。</numerusform>
        </translation>
    </message>
    <message>
        <source>Party organisations in property projects</source>
        <translation>物业服务项目党组织组建率</translation>
    </message>
    <message numerus="yes">
        <source>%n more property project(s) with party members must be covered by a party organisation.</source>
        <translation>
            <numerusform>还需%n个有党员的物业服务项目实现党组织覆盖。</numerusform>
        </translation>
    </message>
    <message>
        <source>Party work in every property company</source>
        <translation>党的组织和工作覆盖率</translation>
    </message>
    <message numerus="yes">
        <source>%n more property company(s) need a party organisation or a party-building instructor.</source>
        <translation>
            <numerusform>还需%n家物业企业建立党组织或选派党建指导员。</numerusform>
        </translation>
    </message>
    <message>
        <source>Owners&apos; committees with at least half party members</source>
        <translation>党员比例达标的业委会占比</translation>
    </message>
    <message numerus="yes">
        <source>%n owners&apos; committee(s) have fewer than %1% party members.</source>
        <translation>
            <numerusform>%n个业委会党员比例不足%1%。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cross-appointments with property companies</source>
        <translation>物业企业双向进入、交叉任职</translation>
    </message>
    <message numerus="yes">
        <source>%n more property company(s) need cross-appointments in both directions.</source>
        <translation>
            <numerusform>还需%n家物业企业实现双向进入、交叉任职。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cross-appointments with owners&apos; committees</source>
        <translation>业委会双向进入、交叉任职</translation>
    </message>
    <message numerus="yes">
        <source>%n more owners&apos; committee(s) need cross-appointments in both directions.</source>
        <translation>
            <numerusform>还需%n个业委会实现双向进入、交叉任职。</numerusform>
        </translation>
    </message>
    <message>
        <source>Employed members registered with the community</source>
        <translation>在职党员到社区报到</translation>
    </message>
    <message>
        <source>Probation overdue</source>
        <translation>预备期满未转正</translation>
    </message>
    <message numerus="yes">
        <source>%n probationary member(s) are past the end of probation without a decision.</source>
        <translation>
            <numerusform>%n名预备党员预备期已满，尚未作出转正决定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Members out of contact</source>
        <translation>失联党员</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) have not been contacted for six months.</source>
        <translation>
            <numerusform>%n名党员已6个月以上未取得联系。</numerusform>
        </translation>
    </message>
    <message>
        <source>Branches with fewer than 3 full members</source>
        <translation>正式党员不足3名的党支部</translation>
    </message>
    <message numerus="yes">
        <source>%n branch(es) should join a joint branch.</source>
        <translation>
            <numerusform>%n个党支部应加入联合党支部。</numerusform>
        </translation>
    </message>
    <message>
        <source>Property companies with a yellow light</source>
        <translation>履约评价亮黄灯的物业企业</translation>
    </message>
    <message>
        <source>Full members</source>
        <translation>正式党员</translation>
    </message>
    <message>
        <source>Probationary members</source>
        <translation>预备党员</translation>
    </message>
    <message>
        <source>Newly admitted</source>
        <translation>新发展党员</translation>
    </message>
    <message>
        <source>Employed members registered</source>
        <translation>在职党员到社区报到</translation>
    </message>
    <message>
        <source>Party organisations</source>
        <translation>党组织总数</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Property companies</source>
        <translation>物业企业</translation>
    </message>
    <message>
        <source>Property companies with a party organisation</source>
        <translation>已建立党组织的物业企业</translation>
    </message>
</context>
<context>
    <name>cd::CensusPanel</name>
    <message>
        <source>Party census</source>
        <translation>党员底数排查</translation>
    </message>
    <message>
        <source>Census:</source>
        <translation>排查年度：</translation>
    </message>
    <message>
        <source>Start the %1 census…</source>
        <translation>开展%1年度排查…</translation>
    </message>
    <message>
        <source>Export census workbook…</source>
        <translation>导出排查台账…</translation>
    </message>
    <message>
        <source>Print summary…</source>
        <translation>打印汇总表…</translation>
    </message>
    <message>
        <source>Export summary PDF…</source>
        <translation>导出汇总表PDF…</translation>
    </message>
    <message>
        <source>%1 — current data</source>
        <translation>%1 — 当前数据</translation>
    </message>
    <message>
        <source>%1 — round of %2</source>
        <translation>%1 — %2存档</translation>
    </message>
    <message>
        <source>The %1 census has been taken; its figures are frozen.</source>
        <translation>%1年度排查已存档，数据已锁定。</translation>
    </message>
    <message>
        <source>Count everything now and freeze the figures as the %1 census.</source>
        <translation>立即统计全部数据，并锁定为%1年度排查结果。</translation>
    </message>
    <message>
        <source>Frozen census of %1, counted on %2 (ages on %3).</source>
        <translation>%1年度排查存档数据，统计于%2（年龄按%3计算）。</translation>
    </message>
    <message>
        <source>Census of %1 computed from the current data on %2 (ages on %3).</source>
        <translation>%1年度排查，于%2按当前数据计算（年龄按%3计算）。</translation>
    </message>
    <message>
        <source>Click a figure or a bar to see the list behind it.</source>
        <translation>点击数字或条形图可查看明细名单。</translation>
    </message>
    <message>
        <source> points</source>
        <translation>个百分点</translation>
    </message>
    <message>
        <source>Compared with %1: </source>
        <translation>与%1年相比：</translation>
    </message>
    <message>
        <source>Start the census</source>
        <translation>开展排查</translation>
    </message>
    <message>
        <source>Count everything now and freeze the figures as the %1 census? A census round cannot be changed afterwards.</source>
        <translation>是否立即统计全部数据，并锁定为%1年度排查结果？排查存档后不能再修改。</translation>
    </message>
    <message>
        <source>census-%1.xlsx</source>
        <translation>党员底数排查-%1.xlsx</translation>
    </message>
    <message>
        <source>Export census workbook</source>
        <translation>导出排查台账</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>ID numbers and phone numbers are masked in the workbook.</source>
        <translation>工作簿中的身份证号和电话号码将作脱敏处理。</translation>
    </message>
    <message>
        <source>Write full ID and phone numbers (recorded in the audit log)</source>
        <translation>写入完整的身份证号和电话号码（记入审计日志）</translation>
    </message>
    <message>
        <source>Writing the census workbook…</source>
        <translation>正在写入排查台账…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>已写入%1。</translation>
    </message>
    <message>
        <source>Census summary</source>
        <translation>排查汇总表</translation>
    </message>
    <message>
        <source>census-summary-%1.pdf</source>
        <translation>党员底数排查汇总-%1.pdf</translation>
    </message>
    <message>
        <source>Export summary PDF</source>
        <translation>导出汇总表PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>物业企业</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>工作覆盖</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>业委会</translation>
    </message>
    <message>
        <source>Cross: companies</source>
        <translation>交叉任职：企业</translation>
    </message>
    <message>
        <source>Cross: committees</source>
        <translation>交叉任职：业委会</translation>
    </message>
    <message>
        <source>Party members by age (on 31 December)</source>
        <translation>党员年龄分布（按12月31日计算）</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Party members aged %1</source>
        <translation>%1岁的党员</translation>
    </message>
    <message>
        <source>Coverage against the targets (%)</source>
        <translation>目标完成情况（%）</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>Trend over census rounds (%)</source>
        <translation>历年排查趋势（%）</translation>
    </message>
    <message>
        <source>%1 (now)</source>
        <translation>%1（当前）</translation>
    </message>
</context>
<context>
    <name>cd::CensusRounds</name>
    <message>
        <source>The %1 census was already taken; a round cannot be taken twice or changed.</source>
        <translation>%1年度排查轮次已存档，不能重复存档或修改。</translation>
    </message>
    <message>
        <source>No census round was taken for %1.</source>
        <translation>%1年度尚未存档排查轮次。</translation>
    </message>
    <message>
        <source>The %1 census round cannot be read.</source>
        <translation>无法读取%1年度排查轮次。</translation>
    </message>
</context>
<context>
    <name>cd::ColumnMapping</name>
    <message>
        <source>column %1</source>
        <translation>%1列</translation>
    </message>
    <message>
        <source>No column holds the names: choose the name column.</source>
        <translation>没有姓名列，请指定姓名所在的列。</translation>
    </message>
</context>
<context>
    <name>cd::CommitteePanel</name>
    <message>
        <source>Owners&apos; committees per estate. Target: party members make up at least half of each committee in office. Committees are elected on the Elections page.</source>
        <translation>各小区业委会。目标：每届在任业委会中党员成员比例不少于50%。业委会在“选举”页选举产生。</translation>
    </message>
    <message>
        <source>Estate / term / member</source>
        <translation>小区 / 届次 / 委员</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>任期</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Owners&apos; committee</source>
        <translation>业委会</translation>
    </message>
    <message>
        <source> (in office)</source>
        <translation>（在任）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>no owners&apos; committee</source>
        <translation>未成立业委会</translation>
    </message>
</context>
<context>
    <name>cd::CommitteeRecorder</name>
    <message>
        <source>Cannot read the census: %1</source>
        <translation>无法读取排查数据：%1</translation>
    </message>
    <message>
        <source>Cannot read the election: %1</source>
        <translation>无法读取选举：%1</translation>
    </message>
    <message>
        <source>Cannot read the committee: %1</source>
        <translation>无法读取业委会：%1</translation>
    </message>
    <message>
        <source>Cannot end the previous committee: %1</source>
        <translation>无法结束上一届业委会：%1</translation>
    </message>
    <message>
        <source>Cannot record the committee in the census: %1</source>
        <translation>无法将业委会记入排查台账：%1</translation>
    </message>
</context>
<context>
    <name>cd::CompanyDialog</name>
    <message>
        <source>Rated</source>
        <translation>已评价</translation>
    </message>
    <message>
        <source>Edit property company</source>
        <translation>编辑物业企业</translation>
    </message>
    <message>
        <source>New property company</source>
        <translation>新建物业企业</translation>
    </message>
    <message>
        <source>(not rated)</source>
        <translation>（未评价）</translation>
    </message>
    <message>
        <source>%1 — yellow light</source>
        <translation>%1 — 亮黄灯</translation>
    </message>
    <message>
        <source>18 characters, e.g. 91110105MA01ABCD2X</source>
        <translation>18位，如 91110105MA01ABCD2X</translation>
    </message>
    <message>
        <source>Why the code is kept although its check character fails</source>
        <translation>校验位不符但仍保留该代码的原因</translation>
    </message>
    <message>
        <source>Note on the code:</source>
        <translation>代码备注：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>企业名称：</translation>
    </message>
    <message>
        <source>Unified social credit code:</source>
        <translation>统一社会信用代码：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <source>Red property (红色物业):</source>
        <translation>红色物业：</translation>
    </message>
    <message>
        <source>Performance rating (履约评价):</source>
        <translation>履约评价：</translation>
    </message>
    <message>
        <source>Rated on:</source>
        <translation>评价日期：</translation>
    </message>
    <message>
        <source>Rating note:</source>
        <translation>评价说明：</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
</context>
<context>
    <name>cd::CompanyPanel</name>
    <message>
        <source>New company…</source>
        <translation>新建企业…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Add project…</source>
        <translation>添加服务项目…</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>从业人员</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>党员数</translation>
    </message>
    <message>
        <source>Organisation form</source>
        <translation>组建方式</translation>
    </message>
    <message>
        <source>Red property</source>
        <translation>红色物业</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>履约评价</translation>
    </message>
    <message>
        <source>Formation rule</source>
        <translation>组建建议</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Party organisation</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>(not rated)</source>
        <translation>（未评价）</translation>
    </message>
    <message>
        <source>The check character does not match.</source>
        <translation>校验位不符。</translation>
    </message>
    <message>
        <source>The check character does not match. Kept: %1</source>
        <translation>校验位不符。保留原因：%1</translation>
    </message>
    <message>
        <source>%1 — yellow light</source>
        <translation>%1 — 亮黄灯</translation>
    </message>
    <message>
        <source>%1 companies, %2 with party members, %3 with a party organisation, %4 yellow light(s)</source>
        <translation>物业企业%1家，其中有党员的%2家，已建立党组织的%3家，亮黄灯%4家</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>有</translation>
    </message>
    <message>
        <source>No</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Projects (物业服务项目) of the chosen company: %1</source>
        <translation>所选企业的物业服务项目：%1个</translation>
    </message>
    <message>
        <source>Property companies</source>
        <translation>物业企业</translation>
    </message>
    <message>
        <source>Add project</source>
        <translation>添加服务项目</translation>
    </message>
    <message>
        <source>Estate served:</source>
        <translation>服务小区：</translation>
    </message>
    <message>
        <source>Staff at this estate:</source>
        <translation>该小区从业人员数：</translation>
    </message>
</context>
<context>
    <name>cd::ComplianceStrip</name>
    <message>
        <source>Joint meetings %1:</source>
        <translation>%1年党建联席会议：</translation>
    </message>
    <message>
        <source>Joint meetings:</source>
        <translation>党建联席会议：</translation>
    </message>
    <message numerus="yes">
        <source>held (%n meeting(s))</source>
        <translation>
            <numerusform>已召开（%n次）</numerusform>
        </translation>
    </message>
    <message>
        <source>no joint meeting</source>
        <translation>未召开</translation>
    </message>
    <message>
        <source>due this month</source>
        <translation>本月待召开</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>未到</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>No joint Party-building meeting has been held this month yet.</source>
        <translation>本月尚未召开党建联席会议。</translation>
    </message>
    <message>
        <source>Months without a joint meeting: %1.</source>
        <translation>未召开党建联席会议的月份：%1。</translation>
    </message>
</context>
<context>
    <name>cd::CountingStep</name>
    <message>
        <source>elected</source>
        <translation>当选</translation>
    </message>
    <message>
        <source>tie at the last seat: run-off</source>
        <translation>末位票数相同，需另行投票</translation>
    </message>
    <message>
        <source>majority, but the seats are filled</source>
        <translation>票数过半，但名额已满</translation>
    </message>
    <message>
        <source>no majority on both measures</source>
        <translation>未达到人数和面积双过半</translation>
    </message>
    <message>
        <source>turnout under two thirds</source>
        <translation>参与表决不足三分之二</translation>
    </message>
    <message>
        <source>Participating persons: %1 of %2 %3 · participating area: %4 of %5 m² %6 · invalid ballots: %7</source>
        <translation>参与表决人数：%1，共%2人 %3 · 参与表决面积：%4，共%5 m² %6 · 无效票：%7张</translation>
    </message>
    <message>
        <source>Two thirds of the persons and of the area took part: the vote is valid.</source>
        <translation>参与表决的人数和专有面积均达到三分之二，表决有效。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Turnout is under two thirds&lt;/b&gt; on at least one measure: nobody can be elected yet.</source>
        <translation>&lt;b&gt;参与表决未达三分之二&lt;/b&gt;（人数或面积）：暂不能产生当选委员。</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>&lt;b&gt;Elected (%1 of %2 seats):&lt;/b&gt; %3</source>
        <translation>&lt;b&gt;当选（%1名，应选%2名）：&lt;/b&gt;%3</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>; party members %1 of %2</source>
        <translation>；其中党员%1名（共%2名）</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Tie at the last seat:&lt;/b&gt; %1 — a run-off decides %n seat(s).</source>
        <translation>
            <numerusform>&lt;b&gt;末位票数相同：&lt;/b&gt;%1 — 需另行投票确定%n个名额。</numerusform>
        </translation>
    </message>
    <message>
        <source>Voting has not opened.</source>
        <translation>尚未开始投票。</translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation>结束投票</translation>
    </message>
    <message>
        <source>Close the vote? The ballots are frozen: later changes need a reason and are logged.</source>
        <translation>是否结束投票？选票将被锁定，此后如需修改须说明原因，并记入日志。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选人</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Yes (persons)</source>
        <translation>同意（人数）</translation>
    </message>
    <message>
        <source>Yes (area m²)</source>
        <translation>同意（面积 m²）</translation>
    </message>
    <message>
        <source>No</source>
        <translation>不同意</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>弃权</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Close the vote…</source>
        <translation>结束投票…</translation>
    </message>
</context>
<context>
    <name>cd::CrossAppointmentStore</name>
    <message>
        <source>Choose the person.</source>
        <translation>请选择人员。</translation>
    </message>
    <message>
        <source>Choose where the person comes from.</source>
        <translation>请选择原单位。</translation>
    </message>
    <message>
        <source>Choose where the post is.</source>
        <translation>请选择任职单位。</translation>
    </message>
    <message>
        <source>A cross-appointment is a post in another organisation.</source>
        <translation>交叉任职须在另一单位任职。</translation>
    </message>
    <message>
        <source>Choose the person&apos;s property company.</source>
        <translation>请选择此人所在的物业企业。</translation>
    </message>
    <message>
        <source>Choose the property company of the post.</source>
        <translation>请选择任职的物业企业。</translation>
    </message>
    <message>
        <source>Choose the estate of the owners&apos; committee.</source>
        <translation>请选择业委会所在的小区。</translation>
    </message>
    <message>
        <source>The party organisation does not exist.</source>
        <translation>该党组织不存在。</translation>
    </message>
    <message>
        <source>Name the post, e.g. part-time committee member.</source>
        <translation>请填写职务，如兼职委员。</translation>
    </message>
    <message>
        <source>Enter the date the appointment starts.</source>
        <translation>请填写任职日期。</translation>
    </message>
    <message>
        <source>The appointment ends before it starts.</source>
        <translation>离任日期早于任职日期。</translation>
    </message>
    <message>
        <source>The cross-appointment no longer exists.</source>
        <translation>该交叉任职记录已不存在。</translation>
    </message>
    <message>
        <source>The cross-appointment does not exist.</source>
        <translation>该交叉任职记录不存在。</translation>
    </message>
</context>
<context>
    <name>cd::CrossDialog</name>
    <message>
        <source>New cross-appointment</source>
        <translation>新建交叉任职</translation>
    </message>
    <message>
        <source>e.g. 业委会委员, 党支部委员</source>
        <translation>如：业委会委员、党支部委员</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>人员：</translation>
    </message>
    <message>
        <source>Belongs to:</source>
        <translation>原单位：</translation>
    </message>
    <message>
        <source>Post held in:</source>
        <translation>任职单位：</translation>
    </message>
    <message>
        <source>Post:</source>
        <translation>职务：</translation>
    </message>
    <message>
        <source>Since:</source>
        <translation>任职日期：</translation>
    </message>
    <message>
        <source>Person: search the roster and choose the person.</source>
        <translation>人员：请在花名册中查找并选择。</translation>
    </message>
</context>
<context>
    <name>cd::CrossPanel</name>
    <message>
        <source>New cross-appointment…</source>
        <translation>新建交叉任职…</translation>
    </message>
    <message>
        <source>End…</source>
        <translation>离任…</translation>
    </message>
    <message>
        <source>Show ended</source>
        <translation>显示已离任</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原单位</translation>
    </message>
    <message>
        <source>Post in</source>
        <translation>任职单位</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>任职日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>离任日期</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>共%n条交叉任职记录</numerusform>
        </translation>
    </message>
    <message>
        <source>End cross-appointment</source>
        <translation>结束交叉任职</translation>
    </message>
    <message>
        <source>End this appointment on %1?</source>
        <translation>是否以%1为离任日期结束该任职？</translation>
    </message>
</context>
<context>
    <name>cd::CsvReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开%1：%2</translation>
    </message>
    <message>
        <source>%1 is too large to import (more than 1 GiB).</source>
        <translation>%1过大，无法导入（超过1 GiB）。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8, and the GB18030 decoder is not available on this system.</source>
        <translation>%1不是UTF-8编码，且本系统不支持GB18030解码。</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is not closed.</source>
        <translation>%1第%2行：引号括起的字段未闭合。</translation>
    </message>
</context>
<context>
    <name>cd::CsvTableWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
    <message>
        <source>The GB18030 encoder is not available on this system.</source>
        <translation>本系统不支持GB18030编码。</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
</context>
<context>
    <name>cd::Database</name>
    <message>
        <source>Could not move %1 into place: %2</source>
        <translation>无法将%1移动到目标位置：%2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <source>%1 is not a CommunityDesk database (it is not an SQLite file, or it is damaged).</source>
        <translation>%1不是社区党建工作台数据库（不是SQLite文件，或文件已损坏）。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a CommunityDesk database.</source>
        <translation>%1是其他程序的SQLite数据库，不是社区党建工作台数据库。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of CommunityDesk (data version %2; this program reads up to %3). Please update the program; the file was not changed.</source>
        <translation>%1由更高版本的社区党建工作台写入（数据版本%2，本程序最高支持%3）。请升级程序；文件未作任何改动。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开%1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). Restore it from a backup.</source>
        <translation>%1已损坏，无法读取（%2）。请从备份恢复。</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>无法初始化%1：%2</translation>
    </message>
    <message>
        <source>Cannot start the schema update: %1</source>
        <translation>无法开始升级数据库结构：%1</translation>
    </message>
    <message>
        <source>Cannot finish the schema update: %1</source>
        <translation>无法完成数据库结构升级：%1</translation>
    </message>
    <message>
        <source>Updating the database to data version %1 failed; it was left at version %2. %3</source>
        <translation>数据库升级到数据版本%1失败，仍保持为版本%2。%3</translation>
    </message>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation>无法执行完整性检查：%1</translation>
    </message>
    <message>
        <source>The database is damaged: %1</source>
        <translation>数据库已损坏：%1</translation>
    </message>
    <message>
        <source>The database has broken references (table %1, row %2).</source>
        <translation>数据库存在无效引用（数据表%1，第%2行）。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>A backup cannot be taken while changes are being written.</source>
        <translation>正在写入修改，暂不能备份。</translation>
    </message>
    <message>
        <source>The backup cannot replace the open database itself.</source>
        <translation>备份文件不能覆盖当前打开的数据库本身。</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>备份到%1失败：%2</translation>
    </message>
    <message>
        <source>A restore cannot start while changes are being written.</source>
        <translation>正在写入修改，暂不能恢复。</translation>
    </message>
    <message>
        <source>The backup file %1 does not exist or is empty.</source>
        <translation>备份文件%1不存在或为空。</translation>
    </message>
    <message>
        <source>The backup is the open database itself.</source>
        <translation>所选备份就是当前打开的数据库。</translation>
    </message>
    <message>
        <source>Cannot copy the backup %1 next to the database.</source>
        <translation>无法将备份%1复制到数据库所在的文件夹。</translation>
    </message>
    <message>
        <source>%1 is not a CommunityDesk backup.</source>
        <translation>%1不是社区党建工作台的备份。</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>备份未恢复：%1</translation>
    </message>
    <message>
        <source>The database is in use by another program; close it and try again.</source>
        <translation>数据库正被其他程序使用，请关闭该程序后重试。</translation>
    </message>
    <message>
        <source>The restored database could not be opened; the previous data was put back. %1</source>
        <translation>无法打开恢复后的数据库，已还原为原有数据。%1</translation>
    </message>
    <message>
        <source>Schema change failed: %1</source>
        <translation>数据库结构修改失败：%1</translation>
    </message>
    <message>
        <source>Cannot save the setting: %1</source>
        <translation>无法保存设置：%1</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
</context>
<context>
    <name>cd::DatabaseFileActions</name>
    <message>
        <source>CommunityDesk databases (*.sqlite);;All files (*)</source>
        <translation>社区党建工作台数据库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>%1 already exists and is not overwritten. Open it instead?</source>
        <translation>%1已存在，不会被覆盖。是否改为打开该文件？</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开%1</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>已备份至%1</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Restore the backup %1?</source>
        <translation>是否恢复备份%1？</translation>
    </message>
    <message>
        <source>This replaces the current data in %1. The current data is kept as %2.</source>
        <translation>这将替换%1中的现有数据。现有数据将另存为%2。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Restored %1 from %2</source>
        <translation>已从%2恢复%1</translation>
    </message>
    <message>
        <source>CommunityDesk</source>
        <translation>社区党建工作台</translation>
    </message>
    <message>
        <source>The database %1 could not be opened.</source>
        <translation>无法打开数据库%1。</translation>
    </message>
    <message>
        <source>Open Another Database…</source>
        <translation>打开其他数据库…</translation>
    </message>
    <message>
        <source>Create New Database…</source>
        <translation>新建数据库…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>cd::DeadlinePolicy</name>
    <message>
        <source>The deadline %1 must be from 1 minute to 365 days (%2 minutes); it is %3.</source>
        <translation>办理时限%1须在1分钟至365天（%2分钟）之间，当前为%3。</translation>
    </message>
    <message>
        <source>Cannot read the deadline settings: %1</source>
        <translation>无法读取办理时限设置：%1</translation>
    </message>
    <message>
        <source>Cannot save the deadline settings: %1</source>
        <translation>无法保存办理时限设置：%1</translation>
    </message>
</context>
<context>
    <name>cd::DemoGenerator</name>
    <message>
        <source>The demo community needs from 1 to 100,000 households, not %1.</source>
        <translation>演示社区的户数须在1至100,000之间，当前为%1。</translation>
    </message>
    <message>
        <source>The database already has meetings.</source>
        <translation>数据库中已有会议记录。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The database already has requests.</source>
        <translation>数据库中已有诉求记录。</translation>
    </message>
</context>
<context>
    <name>cd::DemoIndexSuspension</name>
    <message>
        <source>Cannot read the database schema: %1</source>
        <translation>无法读取数据库结构：%1</translation>
    </message>
    <message>
        <source>Cannot prepare the tables for the demo: %1</source>
        <translation>无法为演示数据准备数据表：%1</translation>
    </message>
    <message>
        <source>Cannot rebuild an index after the demo: %1</source>
        <translation>生成演示数据后无法重建索引：%1</translation>
    </message>
</context>
<context>
    <name>cd::DemoInserter</name>
    <message>
        <source>Cannot prepare the demo rows for %1: %2</source>
        <translation>无法为%1准备演示数据：%2</translation>
    </message>
    <message>
        <source>Cannot write the demo rows for %1: %2</source>
        <translation>无法写入%1的演示数据：%2</translation>
    </message>
</context>
<context>
    <name>cd::DemoRunner</name>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>The demo community was cancelled; nothing was written.</source>
        <translation>已取消创建演示社区，未写入任何数据。</translation>
    </message>
</context>
<context>
    <name>cd::DemoStagingTable</name>
    <message>
        <source>Cannot prepare the demo rows for %1: %2</source>
        <translation>无法为%1准备演示数据：%2</translation>
    </message>
    <message>
        <source>Cannot write the demo rows for %1: %2</source>
        <translation>无法写入%1的演示数据：%2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Cannot stage the demo rows for %1: %2</source>
        <translation>无法暂存%1的演示数据：%2</translation>
    </message>
</context>
<context>
    <name>cd::DwellingDialog</name>
    <message>
        <source>Edit Dwelling %1</source>
        <translation>编辑房屋：%1</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>房号：</translation>
    </message>
    <message>
        <source>Floor:</source>
        <translation>楼层：</translation>
    </message>
    <message>
        <source>Exclusive area:</source>
        <translation>专有面积：</translation>
    </message>
    <message>
        <source>Occupancy:</source>
        <translation>房屋状态：</translation>
    </message>
    <message>
        <source>Delivered to the buyer</source>
        <translation>已交付购房人</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>The room number is empty.</source>
        <translation>房号不能为空。</translation>
    </message>
</context>
<context>
    <name>cd::ElectionCodes</name>
    <message>
        <source>First election</source>
        <translation>首次选举</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>换届选举</translation>
    </message>
    <message>
        <source>By-election</source>
        <translation>补选</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>筹备中</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>投票中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Self-nominated</source>
        <translation>自荐</translation>
    </message>
    <message>
        <source>Jointly nominated by owners</source>
        <translation>联名推荐</translation>
    </message>
    <message>
        <source>Nominated by the community party organisation</source>
        <translation>社区党组织推荐</translation>
    </message>
    <message>
        <source>Nominated by the residents&apos; committee</source>
        <translation>居委会推荐</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>审查通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>审查未通过</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已退出</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>建设单位</translation>
    </message>
    <message>
        <source>Owner not recorded</source>
        <translation>业主不详</translation>
    </message>
    <message>
        <source>Voted</source>
        <translation>已投</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Cannot be reached</source>
        <translation>无法联系</translation>
    </message>
    <message>
        <source>Not visited</source>
        <translation>未走访</translation>
    </message>
    <message>
        <source>Ballot delivered</source>
        <translation>已送票</translation>
    </message>
    <message>
        <source>Visit again</source>
        <translation>需再访</translation>
    </message>
    <message>
        <source>Ballot collected</source>
        <translation>已收票</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>主任</translation>
    </message>
    <message>
        <source>Deputy director</source>
        <translation>副主任</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>委员</translation>
    </message>
    <message>
        <source>Pending vetting</source>
        <translation>待审查</translation>
    </message>
    <message>
        <source>Not voted</source>
        <translation>未投</translation>
    </message>
</context>
<context>
    <name>cd::ElectionDemo</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The database already has owners&apos; committee elections.</source>
        <translation>数据库中已有业委会选举。</translation>
    </message>
</context>
<context>
    <name>cd::ElectionFiling</name>
    <message>
        <source>The election is not closed: there is nothing to file yet.</source>
        <translation>选举尚未结束，暂无可备案的内容。</translation>
    </message>
    <message>
        <source>Cannot read the filing checklist: %1</source>
        <translation>无法读取备案材料清单：%1</translation>
    </message>
    <message>
        <source>Unknown filing document &quot;%1&quot;; use one of: %2.</source>
        <translation>未知的备案材料“%1”，请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>The result was filed on %1; the checklist is closed.</source>
        <translation>选举结果已于%1备案，材料清单不能再修改。</translation>
    </message>
    <message>
        <source>Cannot save the filing checklist: %1</source>
        <translation>无法保存备案材料清单：%1</translation>
    </message>
    <message>
        <source>The result was already filed on %1.</source>
        <translation>选举结果已于%1备案。</translation>
    </message>
    <message>
        <source>Documents still missing for the filing: %1.</source>
        <translation>备案尚缺以下材料：%1。</translation>
    </message>
    <message>
        <source>The filing date must lie between the result (%1) and today.</source>
        <translation>备案日期须在选举结果产生之日（%1）至今天之间。</translation>
    </message>
    <message>
        <source>Cannot save the filing: %1</source>
        <translation>无法保存备案信息：%1</translation>
    </message>
</context>
<context>
    <name>cd::ElectionJob</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>cd::ElectionListModel</name>
    <message>
        <source>Estate</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>业主大会日期</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>应选名额</translation>
    </message>
</context>
<context>
    <name>cd::ElectionPage</name>
    <message>
        <source>Elections</source>
        <translation>选举</translation>
    </message>
    <message>
        <source>Select an election or create a new one.</source>
        <translation>请选择一项选举，或新建选举。</translation>
    </message>
    <message>
        <source>Step %1 of 6: %2</source>
        <translation>第%1步（共6步）：%2</translation>
    </message>
    <message>
        <source>No election selected.</source>
        <translation>未选择选举。</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>可进行</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>not available yet</source>
        <translation>暂不可进行</translation>
    </message>
    <message>
        <source>✔ done</source>
        <translation>✔ 已完成</translation>
    </message>
    <message>
        <source>● ready</source>
        <translation>● 可进行</translation>
    </message>
    <message>
        <source>● in progress</source>
        <translation>● 进行中</translation>
    </message>
    <message>
        <source>○ blocked</source>
        <translation>○ 暂不可进行</translation>
    </message>
    <message>
        <source>Delete election</source>
        <translation>删除选举</translation>
    </message>
    <message>
        <source>Delete the selected election with its candidates?</source>
        <translation>删除所选选举及其候选人？</translation>
    </message>
    <message>
        <source>Owners&apos; committee elections</source>
        <translation>业委会选举</translation>
    </message>
    <message>
        <source>New election…</source>
        <translation>新建选举…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>cd::ElectionPrint</name>
    <message>
        <source>The result notice is printed after the vote is closed.</source>
        <translation>选举结果公告须在投票结束后打印。</translation>
    </message>
</context>
<context>
    <name>cd::ElectionSettingsForm</name>
    <message>
        <source>Choose the estate (add estates on the roster page first).</source>
        <translation>请选择小区（如无小区，请先在“楼栋住户”页添加）。</translation>
    </message>
    <message>
        <source>Estate:</source>
        <translation>小区：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>选举名称：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>选举类型：</translation>
    </message>
    <message>
        <source>Seats:</source>
        <translation>应选名额：</translation>
    </message>
    <message>
        <source>Committee size:</source>
        <translation>委员人数：</translation>
    </message>
    <message>
        <source>Term (years):</source>
        <translation>任期（年）：</translation>
    </message>
    <message>
        <source>Owners&apos; meeting:</source>
        <translation>业主大会日期：</translation>
    </message>
    <message>
        <source>odd number of members</source>
        <translation>委员人数须为单数</translation>
    </message>
</context>
<context>
    <name>cd::ElectionStepWidget</name>
    <message>
        <source>Elections</source>
        <translation>选举</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
</context>
<context>
    <name>cd::ElectionStore</name>
    <message>
        <source>The election needs a title.</source>
        <translation>请填写选举名称。</translation>
    </message>
    <message>
        <source>Unknown kind of election &quot;%1&quot;.</source>
        <translation>未知的选举类型“%1”。</translation>
    </message>
    <message>
        <source>The committee size bounds %1–%2 are not a range.</source>
        <translation>委员人数范围%1–%2无效。</translation>
    </message>
    <message>
        <source>The term is at most 5 years (given %1).</source>
        <translation>任期最长5年（当前填写%1年）。</translation>
    </message>
    <message>
        <source>The election needs at least one seat.</source>
        <translation>应选名额至少为1名。</translation>
    </message>
    <message>
        <source>A by-election cannot fill more than %1 seats.</source>
        <translation>补选名额不能超过%1名。</translation>
    </message>
    <message>
        <source>The committee has %1 to %2 members; %3 seats are outside that range.</source>
        <translation>业委会委员为%1至%2人，应选%3名超出该范围。</translation>
    </message>
    <message>
        <source>The committee must have an odd number of members; %1 is even.</source>
        <translation>业委会委员人数须为单数，%1为双数。</translation>
    </message>
    <message>
        <source>There is no estate with id %1.</source>
        <translation>不存在编号为%1的小区。</translation>
    </message>
    <message>
        <source>Cannot save the election: %1</source>
        <translation>无法保存选举：%1</translation>
    </message>
    <message>
        <source>Cannot save the vetting conditions: %1</source>
        <translation>无法保存资格审查条件：%1</translation>
    </message>
    <message>
        <source>change its settings</source>
        <translation>修改选举设置</translation>
    </message>
    <message>
        <source>delete it</source>
        <translation>删除该选举</translation>
    </message>
    <message>
        <source>Cannot delete the election: %1</source>
        <translation>无法删除选举：%1</translation>
    </message>
    <message>
        <source>Cannot read the election: %1</source>
        <translation>无法读取选举：%1</translation>
    </message>
    <message>
        <source>There is no election with id %1.</source>
        <translation>不存在编号为%1的选举。</translation>
    </message>
    <message>
        <source>Cannot read the elections: %1</source>
        <translation>无法读取选举列表：%1</translation>
    </message>
    <message>
        <source>Election &quot;%1&quot; is %3, so you cannot %2 (only while %4).</source>
        <extracomment>%1: the election&apos;s title; %2: what the user tried; %3 and %4: states (筹备中, 投票中, 已结束)</extracomment>
        <translation>选举“%1”当前状态为“%3”，不能%2（仅在“%4”状态下可以）。</translation>
    </message>
    <message>
        <source>Cannot read the vetting conditions: %1</source>
        <translation>无法读取资格审查条件：%1</translation>
    </message>
    <message>
        <source>change the vetting conditions</source>
        <translation>修改资格审查条件</translation>
    </message>
    <message>
        <source>A condition needs a text and the kind eligibility or disqualifier.</source>
        <translation>条件须填写内容，并注明是资格条件还是否决条件。</translation>
    </message>
    <message>
        <source>Cannot save the condition: %1</source>
        <translation>无法保存条件：%1</translation>
    </message>
    <message>
        <source>A condition needs a text.</source>
        <translation>条件须填写内容。</translation>
    </message>
    <message>
        <source>There is no condition %1 in this election.</source>
        <translation>本次选举没有条件%1。</translation>
    </message>
    <message>
        <source>Cannot write the log: %1</source>
        <translation>无法写入日志：%1</translation>
    </message>
    <message>
        <source>add candidates</source>
        <translation>添加候选人</translation>
    </message>
    <message>
        <source>Unknown candidate source &quot;%1&quot;; use one of: %2.</source>
        <translation>未知的候选人推荐方式“%1”，请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Cannot read the person: %1</source>
        <translation>无法读取人员信息：%1</translation>
    </message>
    <message>
        <source>There is no person with id %1.</source>
        <translation>不存在编号为%1的人员。</translation>
    </message>
    <message>
        <source>%1 is archived and cannot stand as a candidate.</source>
        <translation>%1已归档，不能作为候选人。</translation>
    </message>
    <message>
        <source>Cannot read the candidates: %1</source>
        <translation>无法读取候选人：%1</translation>
    </message>
    <message>
        <source>%1 is already a candidate in this election.</source>
        <translation>%1已是本次选举的候选人。</translation>
    </message>
    <message>
        <source>Cannot save the candidate: %1</source>
        <translation>无法保存候选人：%1</translation>
    </message>
    <message>
        <source>Cannot read the candidate: %1</source>
        <translation>无法读取候选人：%1</translation>
    </message>
    <message>
        <source>There is no candidate with id %1.</source>
        <translation>不存在编号为%1的候选人。</translation>
    </message>
    <message>
        <source>remove candidates</source>
        <translation>删除候选人</translation>
    </message>
    <message>
        <source>Cannot remove the candidate: %1</source>
        <translation>无法删除候选人：%1</translation>
    </message>
    <message>
        <source>change the vetting</source>
        <translation>修改资格审查结果</translation>
    </message>
    <message>
        <source>Cannot save the vetting: %1</source>
        <translation>无法保存资格审查结果：%1</translation>
    </message>
    <message>
        <source>ability</source>
        <extracomment>四有: 有能力、有品行、有公心、有热心</extracomment>
        <translation>有能力</translation>
    </message>
    <message>
        <source>good conduct</source>
        <translation>有品行</translation>
    </message>
    <message>
        <source>public spirit</source>
        <translation>有公心</translation>
    </message>
    <message>
        <source>enthusiasm</source>
        <translation>有热心</translation>
    </message>
    <message>
        <source>The &quot;four haves&quot; standard is not confirmed for: %1.</source>
        <translation>“四有”标准中以下各项尚未确认：%1。</translation>
    </message>
    <message>
        <source>Not checked yet: %1.</source>
        <translation>尚未审查：%1。</translation>
    </message>
    <message>
        <source>Disqualified: %1.</source>
        <translation>存在否决情形：%1。</translation>
    </message>
    <message>
        <source>Condition not met: %1.</source>
        <translation>不符合条件：%1。</translation>
    </message>
    <message>
        <source>%1 cannot be approved: %2</source>
        <translation>%1不能通过资格审查：%2</translation>
    </message>
    <message>
        <source>Say why the candidate is rejected.</source>
        <translation>请说明审查未通过的原因。</translation>
    </message>
    <message>
        <source>Say why the candidate withdraws.</source>
        <translation>请说明候选人退出的原因。</translation>
    </message>
    <message>
        <source>Cannot read the ballots: %1</source>
        <translation>无法读取选票：%1</translation>
    </message>
    <message>
        <source>A correction needs a reason.</source>
        <translation>更正须说明原因。</translation>
    </message>
    <message>
        <source>Voting has not opened: there are no ballots to correct.</source>
        <translation>尚未开始投票，没有可更正的选票。</translation>
    </message>
    <message>
        <source>The result was filed on %1; ballots can no longer be corrected.</source>
        <translation>选举结果已于%1备案，选票不能再更正。</translation>
    </message>
    <message>
        <source>Cannot correct the ballot: %1</source>
        <translation>无法更正选票：%1</translation>
    </message>
    <message>
        <source>Cannot log the correction: %1</source>
        <translation>无法记录更正：%1</translation>
    </message>
    <message>
        <source>Ballots can be removed only after voting opened and before the result is filed.</source>
        <translation>只有在投票开始后、结果备案前才能删除选票。</translation>
    </message>
    <message>
        <source>Voter No. %1 has no entered ballot.</source>
        <translation>%1号选民没有已录入的选票。</translation>
    </message>
    <message>
        <source>Cannot remove the ballot: %1</source>
        <translation>无法删除选票：%1</translation>
    </message>
    <message>
        <source>Cannot read the corrections: %1</source>
        <translation>无法读取更正记录：%1</translation>
    </message>
    <message>
        <source>close the vote</source>
        <translation>结束投票</translation>
    </message>
    <message>
        <source>Cannot close the vote: %1</source>
        <translation>无法结束投票：%1</translation>
    </message>
    <message>
        <source>Cannot read the committee: %1</source>
        <translation>无法读取业委会：%1</translation>
    </message>
    <message>
        <source>Cannot update the committee: %1</source>
        <translation>无法更新业委会：%1</translation>
    </message>
    <message>
        <source>assign committee roles</source>
        <translation>分配委员职务</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; use director, deputy_director or member.</source>
        <translation>未知职务“%1”，请使用 director（主任）、deputy_director（副主任）或 member（委员）。</translation>
    </message>
    <message>
        <source>%1 is already the director; make them a member or deputy first.</source>
        <translation>%1已担任主任，请先将其改任委员或副主任。</translation>
    </message>
    <message>
        <source>Cannot save the role: %1</source>
        <translation>无法保存职务：%1</translation>
    </message>
    <message>
        <source>Candidate %1 is not a member of the elected committee.</source>
        <translation>候选人%1不是当选委员。</translation>
    </message>
    <message>
        <source>record a run-off</source>
        <translation>登记另行投票结果</translation>
    </message>
    <message>
        <source>Describe the run-off (date and votes) in the note.</source>
        <translation>请在备注中说明另行投票情况（日期和票数）。</translation>
    </message>
    <message>
        <source>No candidates are tied: there is no run-off to record.</source>
        <translation>没有票数相同的候选人，无需登记另行投票。</translation>
    </message>
    <message numerus="yes">
        <source>The run-off fills %n seat(s): name that many of the tied candidates.</source>
        <translation>
            <numerusform>另行投票产生%n个名额，请从票数相同的候选人中指定相应人数。</numerusform>
        </translation>
    </message>
    <message>
        <source>Candidate %1 was not tied for the last seat.</source>
        <translation>候选人%1不在争取最后名额的票数相同者之列。</translation>
    </message>
    <message>
        <source>Cannot record the run-off: %1</source>
        <translation>无法登记另行投票结果：%1</translation>
    </message>
    <message>
        <source>Cannot read the voter roll: %1</source>
        <translation>无法读取选民名册：%1</translation>
    </message>
    <message>
        <source>open voting</source>
        <translation>开始投票</translation>
    </message>
    <message>
        <source>Cannot freeze the voter roll: %1</source>
        <translation>无法锁定选民名册：%1</translation>
    </message>
    <message>
        <source>Cannot number the candidates: %1</source>
        <translation>无法为候选人编号：%1</translation>
    </message>
    <message>
        <source>Cannot open voting: %1</source>
        <translation>无法开始投票：%1</translation>
    </message>
    <message>
        <source>There is no voter No. %1 on the roll of this election.</source>
        <translation>本次选举的选民名册中没有%1号选民。</translation>
    </message>
    <message>
        <source>change a voter&apos;s status</source>
        <translation>修改选民状态</translation>
    </message>
    <message>
        <source>A voter&apos;s status is set to pending, refused or unreachable; &quot;voted&quot; follows from an entered ballot.</source>
        <translation>选民状态只能设为未投、拒绝或无法联系；“已投”由录入的选票自动确定。</translation>
    </message>
    <message>
        <source>Voter No. %1 has voted; remove the ballot with a reason first.</source>
        <translation>%1号选民已投票，请先说明原因并删除其选票。</translation>
    </message>
    <message>
        <source>Cannot save the voter&apos;s status: %1</source>
        <translation>无法保存选民状态：%1</translation>
    </message>
    <message>
        <source>record door-to-door visits</source>
        <translation>登记上门走访情况</translation>
    </message>
    <message>
        <source>Unknown visit state &quot;%1&quot;; use one of: %2.</source>
        <translation>未知的走访状态“%1”，请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Cannot save the visit: %1</source>
        <translation>无法保存走访记录：%1</translation>
    </message>
    <message>
        <source>record a proxy</source>
        <translation>登记委托</translation>
    </message>
    <message>
        <source>Cannot save the proxy: %1</source>
        <translation>无法保存委托：%1</translation>
    </message>
    <message>
        <source>enter ballots</source>
        <translation>录入选票</translation>
    </message>
    <message>
        <source>The ballot of voter No. %1 was already entered; change it only as a correction with a reason.</source>
        <translation>%1号选民的选票已录入，如需修改，请以更正方式办理并说明原因。</translation>
    </message>
    <message>
        <source>Candidate %1 is not on the ballot of this election.</source>
        <translation>候选人%1不在本次选举的选票上。</translation>
    </message>
    <message>
        <source>A candidate cannot be marked both yes and no; enter such a ballot as invalid.</source>
        <translation>同一候选人不能同时标记同意和不同意，此类选票请录入为无效票。</translation>
    </message>
    <message>
        <source>Voter No. %1 has no recorded proxy: record the written proxy (委托书) first.</source>
        <translation>%1号选民没有登记委托，请先登记书面委托书。</translation>
    </message>
    <message>
        <source>Cannot save the ballot: %1</source>
        <translation>无法保存选票：%1</translation>
    </message>
</context>
<context>
    <name>cd::ElectionTables</name>
    <message>
        <source>Voting has not opened: there are no results yet.</source>
        <translation>尚未开始投票，暂无结果。</translation>
    </message>
    <message>
        <source>Cannot read the ballots: %1</source>
        <translation>无法读取选票：%1</translation>
    </message>
</context>
<context>
    <name>cd::ElectionTally</name>
    <message>
        <source>Turnout below two thirds (%1): the vote decides nothing.</source>
        <translation>参与表决未达三分之二（%1），本次表决不产生效力。</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) tied for the last %1 seat(s): a run-off is needed.</source>
        <translation>
            <numerusform>%n名候选人票数相同，争取最后%1个名额，需另行投票。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1 of %2 seats were filled: a by-election is needed.</source>
        <translation>应选%2名，仅当选%1名，需进行补选。</translation>
    </message>
    <message>
        <source>Party members are %1 of %2 elected members, under half.</source>
        <translation>%2名当选委员中党员%1名，不足半数。</translation>
    </message>
    <message>
        <source>The committee has %1 members, fewer than %2.</source>
        <translation>业委会委员%1人，少于%2人。</translation>
    </message>
    <message>
        <source>The committee has an even number of members (%1).</source>
        <translation>业委会委员人数为双数（%1人）。</translation>
    </message>
    <message>
        <source>Cannot read the election: %1</source>
        <translation>无法读取选举：%1</translation>
    </message>
    <message>
        <source>There is no election with id %1.</source>
        <translation>不存在编号为%1的选举。</translation>
    </message>
    <message>
        <source>Voting has not opened yet: there is nothing to count.</source>
        <translation>尚未开始投票，无票可计。</translation>
    </message>
    <message>
        <source>Cannot read the voter roll: %1</source>
        <translation>无法读取选民名册：%1</translation>
    </message>
    <message>
        <source>Cannot read the candidates: %1</source>
        <translation>无法读取候选人：%1</translation>
    </message>
    <message>
        <source>Cannot read the ballots: %1</source>
        <translation>无法读取选票：%1</translation>
    </message>
</context>
<context>
    <name>cd::ElectionWorkflow</name>
    <message>
        <source>Preparation</source>
        <translation>准备</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>候选人</translation>
    </message>
    <message>
        <source>Voter roll</source>
        <translation>选民名册</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>计票</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Set the date of the owners&apos; general meeting.</source>
        <translation>请确定业主大会召开日期。</translation>
    </message>
    <message>
        <source>%1 seats; committee of %2–%3 members%4; term %5 years</source>
        <translation>应选%1名；业委会委员%2至%3人%4；任期%5年</translation>
    </message>
    <message>
        <source>, odd number</source>
        <translation>，须为单数</translation>
    </message>
    <message>
        <source>%1 candidates, %2 approved, %3 party members among the approved</source>
        <translation>候选人%1名，审查通过%2名，其中党员%3名</translation>
    </message>
    <message>
        <source>Party members are %1 of %2 approved candidates, under half.</source>
        <translation>%2名审查通过的候选人中党员%1名，不足半数。</translation>
    </message>
    <message>
        <source>Complete the preparation first.</source>
        <translation>请先完成准备工作。</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) still waiting for vetting.</source>
        <translation>
            <numerusform>尚有%n名候选人待审查。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 approved candidates for %2 seats: at least %2 are needed.</source>
        <translation>审查通过的候选人%1名，应选%2名，候选人至少需%2名。</translation>
    </message>
    <message>
        <source>%1 persons, %2 (%3 dwellings)</source>
        <translation>%1人，%2（%3户）</translation>
    </message>
    <message>
        <source>Frozen when voting opened, %1</source>
        <translation>已于投票开始时锁定（%1）</translation>
    </message>
    <message>
        <source>Complete the preparation and the candidate list first.</source>
        <translation>请先完成准备工作和候选人名单。</translation>
    </message>
    <message>
        <source>The estate has no dwellings: there is nobody to vote.</source>
        <translation>该小区没有房屋，无人可以投票。</translation>
    </message>
    <message>
        <source>%1 of %2 ballots returned; %3 of %4</source>
        <translation>参与表决%1人（共%2人），专有面积%3（共%4）</translation>
    </message>
    <message>
        <source>Turnout has not reached two thirds yet.</source>
        <translation>参与表决尚未达到三分之二。</translation>
    </message>
    <message>
        <source>No ballots have been entered yet.</source>
        <translation>尚未录入选票。</translation>
    </message>
    <message>
        <source>Voting opens when the roll is frozen.</source>
        <translation>选民名册锁定后方可开始投票。</translation>
    </message>
    <message>
        <source>Voting has not opened yet.</source>
        <translation>尚未开始投票。</translation>
    </message>
    <message>
        <source>Close the vote first.</source>
        <translation>请先结束投票。</translation>
    </message>
    <message>
        <source>Record the run-off among the tied candidates.</source>
        <translation>请登记票数相同候选人的另行投票结果。</translation>
    </message>
    <message>
        <source>Choose the committee&apos;s director.</source>
        <translation>请确定业委会主任。</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) elected</source>
        <translation>
            <numerusform>当选委员%n名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>File the result (备案) by %1: %n document(s) outstanding.</source>
        <translation>
            <numerusform>请于%1前办理备案，尚缺%n份材料。</numerusform>
        </translation>
    </message>
    <message>
        <source>The filing deadline %1 has passed.</source>
        <translation>备案期限%1已过。</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; is already done.</source>
        <translation>“%1”步骤已完成。</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; cannot run yet: %2</source>
        <translation>“%1”步骤暂不能进行：%2</translation>
    </message>
</context>
<context>
    <name>cd::EstateSummaryModel</name>
    <message>
        <source>Estate</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>楼栋数</translation>
    </message>
    <message>
        <source>Dwellings</source>
        <translation>房屋数</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民数</translation>
    </message>
</context>
<context>
    <name>cd::FirstStartDialog</name>
    <message>
        <source>Welcome to CommunityDesk</source>
        <translation>欢迎使用社区党建工作台</translation>
    </message>
    <message>
        <source>This database is still empty</source>
        <translation>该数据库目前为空</translation>
    </message>
    <message>
        <source>You can begin with your own community&apos;s data, or first look around in a demo community with estates, buildings, residents and party members.</source>
        <translation>您可以直接录入本社区的数据，也可以先在包含小区、楼栋、居民和党员的演示社区中熟悉各项功能。</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>从空白开始</translation>
    </message>
    <message>
        <source>Enter estates and residents yourself, or import a roster from Excel.</source>
        <translation>自行录入小区和居民，或从Excel导入花名册。</translation>
    </message>
    <message>
        <source>Load the demo community</source>
        <translation>载入演示社区</translation>
    </message>
    <message>
        <source>A made-up community to try every feature. It can be replaced later by creating a new database.</source>
        <translation>一个虚构的社区，可用于试用全部功能。以后新建数据库即可替换。</translation>
    </message>
</context>
<context>
    <name>cd::FormationProposal</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n full members: the branch should elect a branch committee.</source>
        <translation>
            <numerusform>正式党员%n名，应设立支部委员会。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n full members: enough to found the company&apos;s own branch.</source>
        <translation>
            <numerusform>有正式党员%n名，具备单独建立党支部的条件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1 full member(s): form a joint branch with %2 (%3 full members together).</source>
        <translation>正式党员仅%1名，建议与%2组建联合党支部（合计正式党员%3名）。</translation>
    </message>
    <message>
        <source>Only %1 full member(s): form a joint branch with %2 and further units (%3 full members so far, at least 3 are needed).</source>
        <translation>正式党员仅%1名，建议与%2及周边单位组建联合党支部（目前合计%3名，至少需3名）。</translation>
    </message>
    <message>
        <source>Only %1 full member(s): join the joint branch %2.</source>
        <translation>正式党员仅%1名，建议加入%2。</translation>
    </message>
    <message>
        <source>Only %1 full member(s), at least 3 are needed: form a joint branch with neighbouring units.</source>
        <translation>正式党员仅%1名（至少需3名），建议与周边单位组建联合党支部。</translation>
    </message>
    <message>
        <source>Only %1 full member(s): appoint a party-building instructor and join a joint branch when one forms.</source>
        <translation>正式党员仅%1名，建议选派党建指导员，条件成熟时加入联合党支部。</translation>
    </message>
</context>
<context>
    <name>cd::HandlerStore</name>
    <message>
        <source>Cannot read the handlers: %1</source>
        <translation>无法读取承办单位：%1</translation>
    </message>
    <message>
        <source>There is no handler with id %1.</source>
        <translation>不存在编号为%1的承办单位。</translation>
    </message>
    <message>
        <source>There is no handler named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的承办单位。</translation>
    </message>
    <message>
        <source>%1 handlers are named &quot;%2&quot;; give the id instead.</source>
        <translation>有%1个承办单位名为“%2”，请改用编号。</translation>
    </message>
    <message>
        <source>A handler needs a name.</source>
        <translation>请填写承办单位名称。</translation>
    </message>
    <message>
        <source>Property companies are added in the roster; they join the handlers by themselves.</source>
        <translation>物业企业在花名册中添加，会自动列入承办单位。</translation>
    </message>
    <message>
        <source>The handler &quot;%1&quot; exists already.</source>
        <translation>承办单位“%1”已存在。</translation>
    </message>
    <message>
        <source>Cannot add the handler: %1</source>
        <translation>无法添加承办单位：%1</translation>
    </message>
    <message>
        <source>Cannot change the handler: %1</source>
        <translation>无法修改承办单位：%1</translation>
    </message>
</context>
<context>
    <name>cd::HouseholdPanel</name>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>建设单位</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>楼栋数</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Select a dwelling to see its household, or a person in the table.</source>
        <translation>选择一户房屋可查看住户情况，也可在表格中选择人员。</translation>
    </message>
    <message>
        <source>%1, building %2</source>
        <translation>%1 %2号楼</translation>
    </message>
    <message>
        <source>Floors</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>Year built</source>
        <translation>建成年份</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Building leaders</source>
        <translation>楼栋长</translation>
    </message>
    <message>
        <source>No building leader yet.</source>
        <translation>尚未设置楼栋长。</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>now</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <source>Floor %1</source>
        <translation>%1层</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>未交付</translation>
    </message>
    <message>
        <source>Living here</source>
        <translation>在住人员</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>%1起</translation>
    </message>
    <message>
        <source>Nobody lives here.</source>
        <translation>无人居住。</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>投票人</translation>
    </message>
    <message>
        <source>No owner on record.</source>
        <translation>暂无业主登记。</translation>
    </message>
    <message>
        <source>Co-owners: the one marked “Votes” casts the dwelling&apos;s vote.</source>
        <translation>共有业主：由标注“投票人”的一位代表本户投票。</translation>
    </message>
    <message>
        <source>Red steward</source>
        <translation>红色管家</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>迁出</translation>
    </message>
    <message>
        <source>Former owners</source>
        <translation>原业主</translation>
    </message>
    <message>
        <source>History</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>暂无记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n岁</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>文化程度</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Special groups</source>
        <translation>特殊人群</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Residences</source>
        <translation>居住记录</translation>
    </message>
    <message>
        <source>No residence on record.</source>
        <translation>暂无居住记录。</translation>
    </message>
    <message>
        <source>Owns</source>
        <translation>名下房屋</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>与%1共有</translation>
    </message>
    <message>
        <source>Building leader</source>
        <translation>楼栋长</translation>
    </message>
</context>
<context>
    <name>cd::HouseholdView</name>
    <message>
        <source>%1 moved in</source>
        <translation>%1迁入</translation>
    </message>
    <message>
        <source>%1 moved in (%2)</source>
        <translation>%1迁入（%2）</translation>
    </message>
    <message>
        <source>%1 moved out</source>
        <translation>%1迁出</translation>
    </message>
    <message>
        <source>%1 became an owner</source>
        <translation>%1成为业主</translation>
    </message>
    <message>
        <source>%1 ceased to be an owner</source>
        <translation>%1不再是业主</translation>
    </message>
    <message>
        <source>Reading the household failed: %1</source>
        <translation>读取住户信息失败：%1</translation>
    </message>
    <message>
        <source>The dwelling does not exist.</source>
        <translation>该房屋不存在。</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>建设单位</translation>
    </message>
</context>
<context>
    <name>cd::ImportFields</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Address (building-unit-room)</source>
        <translation>住址（楼栋-单元-房号）</translation>
    </message>
    <message>
        <source>Exclusive area (m²)</source>
        <translation>专有面积（m²）</translation>
    </message>
    <message>
        <source>Relation to household head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Owner (yes/no)</source>
        <translation>是否业主（是/否）</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Household registration</source>
        <translation>人口类别</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>房屋状态</translation>
    </message>
    <message>
        <source>Special groups</source>
        <translation>特殊人群</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
</context>
<context>
    <name>cd::ImportRowParser</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sex: write 男 or 女.</source>
        <translation>“%1”不是有效的性别，请填写“男”或“女”。</translation>
    </message>
    <message>
        <source>The ID number lost its digits because Excel stored it as a number (%1). Format the column as text and type the number again.</source>
        <translation>身份证号被Excel按数字保存，末尾数字已丢失（%1）。请将该列设置为文本格式后重新输入号码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as 1990-01-02.</source>
        <translation>“%1”不是有效的日期，请按1990-01-02的格式填写。</translation>
    </message>
    <message>
        <source>The address is not building-unit-room (such as 3-2-501).</source>
        <translation>住址不是“楼栋-单元-房号”格式（如3-2-501）。</translation>
    </message>
    <message>
        <source>The building is missing: a room needs the building it is in.</source>
        <translation>缺少楼栋：须填写房屋所在的楼栋。</translation>
    </message>
    <message>
        <source>The room number is missing.</source>
        <translation>缺少房号。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an area in m².</source>
        <translation>“%1”不是有效的面积（m²）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an occupancy: write 自住, 出租, 空置 or 未售.</source>
        <translation>“%1”不是有效的房屋状态，请填写自住、出租、空置或未售。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes (是) nor no (否).</source>
        <translation>“%1”不是“是”或“否”。</translation>
    </message>
</context>
<context>
    <name>cd::ImportWizard</name>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Already in the roster: skipped</source>
        <translation>花名册中已有，跳过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>不予导入</translation>
    </message>
    <message>
        <source>The import was undone: the roster is as it was before.</source>
        <translation>本次导入已撤销，花名册已恢复原状。</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>导入花名册</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>An .xlsx workbook or a CSV file (UTF-8 or GB18030) with one person per row.</source>
        <translation>.xlsx工作簿或CSV文件（UTF-8或GB18030编码），每行一人。</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Update people already in the roster (found by their ID number); otherwise skip them</source>
        <translation>更新花名册中已有的人员（按身份证号匹配）；不勾选则跳过这些人员</translation>
    </message>
    <message>
        <source>Create estates, buildings, units and dwellings that are not in the roster yet</source>
        <translation>自动创建花名册中尚没有的小区、楼栋、单元和房屋</translation>
    </message>
    <message>
        <source>Check the columns</source>
        <translation>核对各列</translation>
    </message>
    <message>
        <source>Choose what each column holds. The choice is remembered for files with the same headers.</source>
        <translation>请指定每一列的内容。表头相同的文件将沿用本次设置。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>首行数据</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>The first rows as they would be imported. Nothing is written yet.</source>
        <translation>以下为前几行的导入效果，尚未写入任何数据。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save rejected rows…</source>
        <translation>保存未导入的行…</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>撤销本次导入</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Of the first %1 rows: %2 new, %3 to update, %4 skipped, %5 rejected.</source>
        <translation>前%1行中：新增%2行，更新%3行，跳过%4行，不予导入%5行。</translation>
    </message>
    <message>
        <source>Header found in row %1 (%2).</source>
        <translation>表头位于第%1行（%2）。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>The file was refused and nothing was written: %1</source>
        <translation>文件未被接受，未写入任何数据：%1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消，未写入任何数据。</translation>
    </message>
    <message>
        <source>%1 people imported (%2 new, %3 updated), %4 already in the roster skipped, %5 rows rejected.%6</source>
        <translation>已导入%1人（新增%2人，更新%3人），跳过花名册中已有的%4人，%5行不予导入。%6</translation>
    </message>
    <message>
        <source> Nothing was written.</source>
        <translation>未写入任何数据。</translation>
    </message>
    <message>
        <source>%1 rejected rows.xlsx</source>
        <translation>%1-未导入的行.xlsx</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>保存未导入的行</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Rejected rows saved to %1. Correct them there and import that file.</source>
        <translation>未导入的行已保存到%1。请在该文件中更正后再导入。</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>没有可撤销的导入。</translation>
    </message>
</context>
<context>
    <name>cd::ImportWriter</name>
    <message>
        <source>The import could not be prepared: %1</source>
        <translation>无法准备导入：%1</translation>
    </message>
    <message>
        <source>The import batch could not be started: %1</source>
        <translation>无法开始导入批次：%1</translation>
    </message>
    <message>
        <source>Reading the roster failed: %1</source>
        <translation>读取花名册失败：%1</translation>
    </message>
    <message>
        <source>There is no estate named %1.</source>
        <translation>没有名为%1的小区。</translation>
    </message>
    <message>
        <source>There is no building %1 in this estate.</source>
        <translation>本小区没有%1号楼。</translation>
    </message>
    <message>
        <source>There is no unit %1 in this building.</source>
        <translation>本楼栋没有%1单元。</translation>
    </message>
    <message>
        <source>There is no room %1 in this unit.</source>
        <translation>本单元没有%1室。</translation>
    </message>
    <message>
        <source>The import could not add %1: %2</source>
        <translation>导入时无法添加%1：%2</translation>
    </message>
    <message>
        <source>The estate is missing: add an estate column or choose the estate for rows without one.</source>
        <translation>缺少小区：请添加小区列，或为未填写小区的行指定小区。</translation>
    </message>
    <message>
        <source>The person&apos;s history could not be written: %1</source>
        <translation>无法写入人员变更记录：%1</translation>
    </message>
    <message>
        <source>The import could not record an owner: %1</source>
        <translation>导入时无法登记业主：%1</translation>
    </message>
    <message>
        <source>The ID number also appears in row %1.</source>
        <translation>该身份证号在第%1行重复出现。</translation>
    </message>
    <message>
        <source>The import batch could not be recorded: %1</source>
        <translation>无法记录导入批次：%1</translation>
    </message>
    <message>
        <source>The search index could not be updated: %1</source>
        <translation>无法更新搜索索引：%1</translation>
    </message>
    <message>
        <source>The import could not move %1: %2</source>
        <translation>导入时无法变更%1的住址：%2</translation>
    </message>
    <message>
        <source>The import could not add a person: %1</source>
        <translation>导入时无法添加人员：%1</translation>
    </message>
    <message>
        <source>The import could not add a row: %1</source>
        <translation>导入时无法添加该行：%1</translation>
    </message>
</context>
<context>
    <name>cd::KpiTile</name>
    <message>
        <source>Target: at least %1%</source>
        <translation>目标：不低于%1%</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <source>Click to list what this figure counts</source>
        <translation>点击查看该项统计的明细</translation>
    </message>
</context>
<context>
    <name>cd::MainWindow</name>
    <message>
        <source>Demo community created: %1 estates, %2 dwellings, %3 people.</source>
        <translation>演示社区已创建：小区%1个，房屋%2户，人员%3人。</translation>
    </message>
    <message>
        <source>The demo community was not created.</source>
        <translation>未创建演示社区。</translation>
    </message>
    <message>
        <source>Demo Community</source>
        <translation>演示社区</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CommunityDesk</source>
        <translation>关于社区党建工作台(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>CommunityDesk</source>
        <translation>社区党建工作台</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>Data version %1</source>
        <translation>数据版本%1</translation>
    </message>
    <message>
        <source>%1 — CommunityDesk</source>
        <translation>%1 — 社区党建工作台</translation>
    </message>
    <message>
        <source>Creating the demo community…</source>
        <translation>正在创建演示社区…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本%1</translation>
    </message>
    <message>
        <source>A desktop workbench for community party offices: the residents&apos; roster, party members, owners&apos; committee elections, the five-list requests and joint meetings, with reports, kept in one local database.</source>
        <translation>面向社区党组织的桌面工作软件：居民花名册、党员管理、业委会选举、五单治理和党建联席会议，并提供统计报表，全部数据保存在本机的一个数据库中。</translation>
    </message>
    <message>
        <source>About CommunityDesk</source>
        <translation>关于社区党建工作台</translation>
    </message>
</context>
<context>
    <name>cd::MeetingCodes</name>
    <message>
        <source>Joint party-building meeting</source>
        <translation>党建联席会议</translation>
    </message>
    <message>
        <source>Residents&apos; forum</source>
        <translation>民情恳谈会</translation>
    </message>
    <message>
        <source>Owners&apos; assembly preparatory meeting</source>
        <translation>业主大会筹备会</translation>
    </message>
    <message>
        <source>Other meeting</source>
        <translation>其他会议</translation>
    </message>
    <message>
        <source>Community party organisation</source>
        <translation>社区党组织</translation>
    </message>
    <message>
        <source>Residents&apos; committee</source>
        <translation>居委会</translation>
    </message>
    <message>
        <source>Owners&apos; committee</source>
        <translation>业委会</translation>
    </message>
    <message>
        <source>Property service company</source>
        <translation>物业服务企业</translation>
    </message>
    <message>
        <source>Other units</source>
        <translation>其他单位</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Attending as observer</source>
        <translation>列席</translation>
    </message>
</context>
<context>
    <name>cd::MeetingDialog</name>
    <message>
        <source>Add line</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除一行</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>参会方</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Add requests for the meeting…</source>
        <translation>添加需上会的诉求…</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>议定事项</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任方</translation>
    </message>
    <message>
        <source>Deadline (YYYY-MM-DD)</source>
        <translation>完成时限（年-月-日）</translation>
    </message>
    <message>
        <source>Done on (YYYY-MM-DD)</source>
        <translation>完成日期（年-月-日）</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>编辑会议</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>新建会议</translation>
    </message>
    <message>
        <source>Empty: the default title of the minutes</source>
        <translation>留空则使用纪要的默认标题</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>会议类型：</translation>
    </message>
    <message>
        <source>Date and time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>主持人：</translation>
    </message>
    <message>
        <source>Recorder:</source>
        <translation>记录人：</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>会议议题</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>讨论情况</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>议定事项</translation>
    </message>
    <message>
        <source>Resolution %1: the deadline &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>议定事项%1：完成时限“%2”不是日期（年-月-日）。</translation>
    </message>
    <message>
        <source>Resolution %1: the done date &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>议定事项%1：完成日期“%2”不是日期（年-月-日）。</translation>
    </message>
    <message>
        <source>No open request needs the joint meeting.</source>
        <translation>目前没有需要提交联席会议的诉求。</translation>
    </message>
</context>
<context>
    <name>cd::MeetingJson</name>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>use joint, residents_forum, assembly_prep or other</source>
        <translation>请使用 joint、residents_forum、assembly_prep 或 other</translation>
    </message>
    <message>
        <source>a date and time like 2026-11-05T14:30:00 is required</source>
        <translation>须为日期和时间，如 2026-11-05T14:30:00</translation>
    </message>
    <message>
        <source>use party_committee, residents_committee, owners_committee, property or other</source>
        <translation>请使用 party_committee、residents_committee、owners_committee、property 或 other</translation>
    </message>
    <message>
        <source>use present, leave or observer</source>
        <translation>请使用 present、leave 或 observer</translation>
    </message>
    <message>
        <source>the name is missing</source>
        <translation>缺少姓名</translation>
    </message>
    <message>
        <source>a date like 2026-11-30 is required</source>
        <translation>须为日期，如 2026-11-30</translation>
    </message>
</context>
<context>
    <name>cd::MeetingListModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席人数</translation>
    </message>
    <message>
        <source>Open resolutions</source>
        <translation>未办结事项</translation>
    </message>
</context>
<context>
    <name>cd::MeetingPage</name>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Joint meetings</source>
        <translation>联席会议</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>新建会议…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Print minutes…</source>
        <translation>打印会议纪要…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出PDF…</translation>
    </message>
    <message>
        <source>Export ODT…</source>
        <translation>导出ODT…</translation>
    </message>
    <message>
        <source>Print sign-in sheet…</source>
        <translation>打印签到表…</translation>
    </message>
    <message>
        <source>Open resolutions</source>
        <translation>未办结的议定事项</translation>
    </message>
    <message>
        <source>Mark done…</source>
        <translation>标记为已完成…</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>议定事项</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任方</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>删除会议</translation>
    </message>
    <message>
        <source>Delete the selected meeting with its attendance, agenda and resolutions?</source>
        <translation>删除所选会议及其参会人员、议题和议定事项？</translation>
    </message>
    <message>
        <source>minutes-%1</source>
        <translation>会议纪要-%1</translation>
    </message>
    <message>
        <source>Export minutes</source>
        <translation>导出会议纪要</translation>
    </message>
    <message>
        <source>Mark resolution done</source>
        <translation>标记议定事项已完成</translation>
    </message>
    <message>
        <source>How was it carried out? (optional)</source>
        <translation>落实情况（可不填）：</translation>
    </message>
</context>
<context>
    <name>cd::MeetingStore</name>
    <message>
        <source>The meetings could not be read: %1</source>
        <translation>无法读取会议：%1</translation>
    </message>
    <message>
        <source>Meeting %1 does not exist.</source>
        <translation>会议%1不存在。</translation>
    </message>
    <message>
        <source>Enter the date the resolution was carried out.</source>
        <translation>请填写议定事项的落实日期。</translation>
    </message>
    <message>
        <source>Resolution %1 does not exist.</source>
        <translation>议定事项%1不存在。</translation>
    </message>
    <message>
        <source>Follow-up of an earlier resolution: %1</source>
        <translation>前次议定事项落实情况：%1</translation>
    </message>
    <message>
        <source> (responsible: %1)</source>
        <translation>（责任人：%1）</translation>
    </message>
    <message>
        <source>The meeting could not be saved: %1</source>
        <translation>无法保存会议：%1</translation>
    </message>
    <message>
        <source>Date and time: enter when the meeting took place.</source>
        <translation>会议时间：请填写会议召开时间。</translation>
    </message>
    <message>
        <source>Date and time: %1 is not a plausible meeting date.</source>
        <translation>会议时间：%1不是合理的会议日期。</translation>
    </message>
    <message>
        <source>Attendance, line %1: the name is missing.</source>
        <translation>参会人员第%1行：缺少姓名。</translation>
    </message>
    <message>
        <source>Resolution %1: the text is missing.</source>
        <translation>议定事项%1：缺少内容。</translation>
    </message>
    <message>
        <source>Resolution %1: the deadline lies before the meeting.</source>
        <translation>议定事项%1：完成时限早于会议日期。</translation>
    </message>
</context>
<context>
    <name>cd::MemberDialog</name>
    <message>
        <source>Converted on</source>
        <translation>已转正</translation>
    </message>
    <message>
        <source>Probation extended by one year</source>
        <translation>预备期延长一年</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>已报到</translation>
    </message>
    <message>
        <source>Mobile member</source>
        <translation>流动党员</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <source>Edit party member</source>
        <translation>编辑党员</translation>
    </message>
    <message>
        <source>New party member</source>
        <translation>新建党员</translation>
    </message>
    <message>
        <source>(held outside the community)</source>
        <translation>（组织关系在社区外）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>e.g. the employer&apos;s branch</source>
        <translation>如：工作单位党支部</translation>
    </message>
    <message>
        <source>Where the member is now</source>
        <translation>现所在地</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>人员：</translation>
    </message>
    <message>
        <source>Admitted (入党日期):</source>
        <translation>入党日期：</translation>
    </message>
    <message>
        <source>Full member (转正日期):</source>
        <translation>转正日期：</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>所在党组织：</translation>
    </message>
    <message>
        <source>Held outside at:</source>
        <translation>组织关系所在：</translation>
    </message>
    <message>
        <source>Works at property company:</source>
        <translation>所在物业企业：</translation>
    </message>
    <message>
        <source>Employed member registered:</source>
        <translation>在职党员到社区报到：</translation>
    </message>
    <message>
        <source>Mobile (流动党员):</source>
        <translation>流动党员：</translation>
    </message>
    <message>
        <source>Last contact:</source>
        <translation>最近联系：</translation>
    </message>
    <message>
        <source>Probation ends %1</source>
        <translation>预备期至%1届满</translation>
    </message>
    <message>
        <source>Person: search the roster and choose the person.</source>
        <translation>人员：请在花名册中查找并选择。</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
</context>
<context>
    <name>cd::MemberListModel</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>流动党员</translation>
    </message>
    <message>
        <source>Mobile: %1</source>
        <translation>流动党员：%1</translation>
    </message>
    <message>
        <source>Conversion overdue</source>
        <translation>逾期未转正</translation>
    </message>
    <message>
        <source>Out of contact</source>
        <translation>失联</translation>
    </message>
    <message>
        <source>Non-resident</source>
        <translation>非本社区居民</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>党员类别</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <source>Full member since</source>
        <translation>转正日期</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所在党组织</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>报到日期</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>cd::MemberPanel</name>
    <message>
        <source>Search name, pinyin or initials</source>
        <translation>搜索姓名、拼音或拼音首字母</translation>
    </message>
    <message>
        <source>Full and probationary</source>
        <translation>正式党员和预备党员</translation>
    </message>
    <message>
        <source>Full members</source>
        <translation>正式党员</translation>
    </message>
    <message>
        <source>Probationary members</source>
        <translation>预备党员</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>流动党员</translation>
    </message>
    <message>
        <source>Out of contact</source>
        <translation>失联党员</translation>
    </message>
    <message>
        <source>Conversion overdue</source>
        <translation>逾期未转正</translation>
    </message>
    <message>
        <source>Show full numbers</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <source>New member…</source>
        <translation>新建党员…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>全部党组织</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>共%n名党员</numerusform>
        </translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Delete party member</source>
        <translation>删除党员</translation>
    </message>
    <message>
        <source>Delete the party record of %1, entered by mistake? A member who left should be recorded as having left instead.</source>
        <translation>是否删除误录入的%1的党员记录？如党员已减少（转出、去世等），请登记减少情况，不要删除。</translation>
    </message>
</context>
<context>
    <name>cd::MinutesDocument</name>
    <message>
        <source>%1 %2 minutes</source>
        <translation>%1%2纪要</translation>
    </message>
    <message>
        <source>%1 Party Committee</source>
        <translation>中共%1委员会</translation>
    </message>
    <message>
        <source>Time: </source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Place: </source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Chaired by: </source>
        <translation>主持人：</translation>
    </message>
    <message>
        <source>Minutes taken by: </source>
        <translation>记录人：</translation>
    </message>
    <message>
        <source>Present: </source>
        <translation>出席：</translation>
    </message>
    <message>
        <source>On leave: </source>
        <translation>请假：</translation>
    </message>
    <message>
        <source>Observers: </source>
        <translation>列席：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1. Agenda</source>
        <translation>%1、会议议题</translation>
    </message>
    <message>
        <source>%1. Discussion</source>
        <translation>%1、讨论情况</translation>
    </message>
    <message>
        <source>%1. Resolutions</source>
        <translation>%1、议定事项</translation>
    </message>
    <message>
        <source>No resolutions were adopted.</source>
        <translation>本次会议未形成议定事项。</translation>
    </message>
    <message>
        <source>responsible: %1</source>
        <translation>责任人：%1</translation>
    </message>
    <message>
        <source>deadline: %1</source>
        <translation>完成时限：%1</translation>
    </message>
    <message>
        <source>Chair (signature): ____________    Recorder (signature): ____________</source>
        <translation>主持人（签字）：________&#x3000;记录人（签字）：________</translation>
    </message>
    <message>
        <source>%1 sign-in sheet</source>
        <translation>%1签到表</translation>
    </message>
    <message>
        <source>Time: %1    Place: %2</source>
        <translation>时间：%1&#x3000;&#x3000;地点：%2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
</context>
<context>
    <name>cd::MonthlyCharts</name>
    <message>
        <source>Requests per category</source>
        <translation>各类诉求数量</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>诉求数</translation>
    </message>
    <message>
        <source>Satisfaction and on-time rate, last six months</source>
        <translation>近六个月满意率与按时办结率</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <source>Target 95%</source>
        <translation>目标95%</translation>
    </message>
</context>
<context>
    <name>cd::MonthlyReport</name>
    <message>
        <source>%1-%2 is not a month.</source>
        <translation>%1-%2不是有效的月份。</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Monthly work report %1</source>
        <translation>%1工作报告</translation>
    </message>
    <message>
        <source>%1 monthly work report</source>
        <translation>%1月度工作报告</translation>
    </message>
    <message>
        <source>1. Households and residents</source>
        <translation>一、住户与居民</translation>
    </message>
    <message>
        <source>Estates</source>
        <translation>小区数</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>楼栋数</translation>
    </message>
    <message>
        <source>Dwellings</source>
        <translation>房屋数</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民数</translation>
    </message>
    <message>
        <source>Added this month</source>
        <translation>本月新增</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>迁入</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>迁出</translation>
    </message>
    <message>
        <source>2. Party census against the targets (%1)</source>
        <translation>二、党员底数排查目标完成情况（%1年）</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>现状</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>met</source>
        <translation>已达标</translation>
    </message>
    <message>
        <source>3. Resident requests (五单)</source>
        <translation>三、居民诉求办理（五单治理）</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>列单</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>办结率</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重办</translation>
    </message>
    <message>
        <source>Open and overdue</source>
        <translation>超期未办结</translation>
    </message>
    <message>
        <source>Open requests past their deadline:</source>
        <translation>超期未办结的诉求：</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>问题等级</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>4. Joint meetings and resolutions</source>
        <translation>四、党建联席会议及议定事项</translation>
    </message>
    <message>
        <source>No joint meeting was held this month: at least one is required every month.</source>
        <translation>本月未召开党建联席会议（要求每月至少召开1次）。</translation>
    </message>
    <message>
        <source>%1 %2, %3: %4 present, %5 resolutions</source>
        <translation>%1&#x3000;%2，%3：出席%4人，议定事项%5项</translation>
    </message>
    <message>
        <source>Open resolution</source>
        <translation>未落实的议定事项</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Figures as of %1.</source>
        <translation>数据截至%1。</translation>
    </message>
</context>
<context>
    <name>cd::MovePersonDialog</name>
    <message>
        <source>Move %1</source>
        <translation>变更住址：%1</translation>
    </message>
    <message>
        <source>%1 has no current dwelling.</source>
        <translation>%1目前没有登记住所。</translation>
    </message>
    <message>
        <source>%1 lives in %2 now.</source>
        <translation>%1现居住于%2。</translation>
    </message>
    <message>
        <source>Moves to another dwelling:</source>
        <translation>迁至其他房屋：</translation>
    </message>
    <message>
        <source>Moved away from the community</source>
        <translation>迁出本社区</translation>
    </message>
    <message>
        <source>Building-unit-room, e.g. 3-2-501</source>
        <translation>楼栋-单元-房号，如 3-2-501</translation>
    </message>
    <message>
        <source>Relation to head:</source>
        <translation>与户主关系：</translation>
    </message>
    <message>
        <source>Date of the move:</source>
        <translation>迁居日期：</translation>
    </message>
    <message>
        <source>Type building, unit and room, e.g. 3-2-501.</source>
        <translation>请输入楼栋、单元和房号，如 3-2-501。</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>已找到：%1</translation>
    </message>
    <message>
        <source>No such dwelling.</source>
        <translation>未找到该房屋。</translation>
    </message>
</context>
<context>
    <name>cd::NewElectionDialog</name>
    <message>
        <source>New election</source>
        <translation>新建选举</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
</context>
<context>
    <name>cd::OrgDialog</name>
    <message>
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <source>Edit party organisation</source>
        <translation>编辑党组织</translation>
    </message>
    <message>
        <source>New party organisation</source>
        <translation>新建党组织</translation>
    </message>
    <message>
        <source>(none — top level)</source>
        <translation>（无 — 最高层级）</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Parent organisation:</source>
        <translation>上级党组织：</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>依托单位：</translation>
    </message>
    <message>
        <source>Property company:</source>
        <translation>物业企业：</translation>
    </message>
    <message>
        <source>Estate:</source>
        <translation>小区：</translation>
    </message>
    <message>
        <source>Founded:</source>
        <translation>成立日期：</translation>
    </message>
    <message>
        <source>Secretary:</source>
        <translation>书记：</translation>
    </message>
    <message>
        <source>Formation rule: a branch needs at least 3 full members; with fewer, the app proposes a joint branch. From 7 full members a branch elects a branch committee.</source>
        <translation>组建规则：成立党支部须有正式党员3名以上；不足3名的，本软件将建议组建联合党支部。正式党员7名以上的党支部应设立支部委员会。</translation>
    </message>
</context>
<context>
    <name>cd::OrgPanel</name>
    <message>
        <source>New organisation…</source>
        <translation>新建党组织…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>依托单位</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>书记</translation>
    </message>
    <message>
        <source>Full members</source>
        <translation>正式党员</translation>
    </message>
    <message>
        <source>Probationary</source>
        <translation>预备党员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>党员类别</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>职务</translation>
    </message>
    <message numerus="yes">
        <source>Members of %1 and its groups: %n</source>
        <translation>
            <numerusform>%1及所属党小组的党员：%n名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Formation rule met: %n full member(s) (at least 3 needed).</source>
        <translation>
            <numerusform>符合组建条件：正式党员%n名（至少需3名）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Formation rule not met: %n full member(s), at least 3 needed.</source>
        <translation>
            <numerusform>不符合组建条件：正式党员%n名，至少需3名。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be deleted: %2</source>
        <translation>无法删除%1：%2</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>删除党组织</translation>
    </message>
    <message>
        <source>Delete %1? Nothing refers to it.</source>
        <translation>删除%1？没有其他记录涉及该党组织。</translation>
    </message>
</context>
<context>
    <name>cd::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>No estates yet. Add them on the roster page or import a roster from Excel.</source>
        <translation>尚无小区。请在“楼栋住户”页添加，或从Excel导入花名册。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>The community at a glance — %1</source>
        <translation>社区概况 — %1</translation>
    </message>
    <message>
        <source>Estates</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Dwellings</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Households (occupied dwellings)</source>
        <translation>住户（有人居住的房屋）</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>No joint party-building meeting (党建联席会议) has been held this month yet: at least one is required every month (see Meetings).</source>
        <translation>本月尚未召开党建联席会议（要求每月至少召开1次，见“会议”页）。</translation>
    </message>
</context>
<context>
    <name>cd::OwnersCommitteeStore</name>
    <message>
        <source>Choose the estate.</source>
        <translation>请选择小区。</translation>
    </message>
    <message>
        <source>Enter the start of the term.</source>
        <translation>请填写任期开始日期。</translation>
    </message>
    <message>
        <source>The term ends before it starts.</source>
        <translation>任期届满日期早于开始日期。</translation>
    </message>
    <message>
        <source>A term lasts five years at most.</source>
        <translation>每届任期最长五年。</translation>
    </message>
    <message>
        <source>Another term of this estate&apos;s committee overlaps these dates; end it first.</source>
        <translation>该小区业委会另一届任期与这段时间重叠，请先结束该届任期。</translation>
    </message>
    <message>
        <source>A committee member is not in the roster.</source>
        <translation>有委员不在花名册中。</translation>
    </message>
    <message>
        <source>A person is listed twice.</source>
        <translation>有人员被重复列入。</translation>
    </message>
    <message>
        <source>Choose each member&apos;s role.</source>
        <translation>请为每位委员选择职务。</translation>
    </message>
    <message>
        <source>A committee has one director.</source>
        <translation>业委会只能有一名主任。</translation>
    </message>
    <message numerus="yes">
        <source>A committee usually has an odd number of members from 5 to 11; this one has %n.</source>
        <translation>
            <numerusform>业委会委员一般为5至11人的单数，当前为%n人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Party members are %1 of %2 members, under half (the target is at least 50%).</source>
        <translation>%2名委员中党员%1名，不足半数（目标为不少于50%）。</translation>
    </message>
    <message>
        <source>The owners&apos; committee no longer exists.</source>
        <translation>该业委会已不存在。</translation>
    </message>
    <message>
        <source>The owners&apos; committee does not exist.</source>
        <translation>该业委会不存在。</translation>
    </message>
</context>
<context>
    <name>cd::OwnersVote</name>
    <message>
        <source>Two thirds reached (owners and area)</source>
        <extracomment>已达到三分之二（人数、面积）</extracomment>
        <translation>已达到三分之二（人数、面积）</translation>
    </message>
    <message>
        <source>%1 more owners and %2 m² to reach two thirds</source>
        <extracomment>还差 %1 人、%2 ㎡ 达到三分之二</extracomment>
        <translation>还差%1人、%2平方米达到三分之二</translation>
    </message>
</context>
<context>
    <name>cd::PartyCodes</name>
    <message>
        <source>Party committee</source>
        <translation>党委</translation>
    </message>
    <message>
        <source>General branch</source>
        <translation>党总支</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Party group</source>
        <translation>党小组</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Property company</source>
        <translation>物业企业</translation>
    </message>
    <message>
        <source>Owners&apos; committee</source>
        <translation>业委会</translation>
    </message>
    <message>
        <source>Joint</source>
        <translation>联合</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>书记</translation>
    </message>
    <message>
        <source>Deputy secretary</source>
        <translation>副书记</translation>
    </message>
    <message>
        <source>Committee member</source>
        <translation>委员</translation>
    </message>
    <message>
        <source>Organisation member</source>
        <translation>组织委员</translation>
    </message>
    <message>
        <source>Propaganda member</source>
        <translation>宣传委员</translation>
    </message>
    <message>
        <source>Discipline member</source>
        <translation>纪检委员</translation>
    </message>
    <message>
        <source>Group leader</source>
        <translation>党小组长</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>主任</translation>
    </message>
    <message>
        <source>Deputy director</source>
        <translation>副主任</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>委员</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未创建</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>创建中</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>已达标</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>标杆</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail (yellow light)</source>
        <translation>不合格（亮黄灯）</translation>
    </message>
    <message>
        <source>Own organisation</source>
        <translation>单独建</translation>
    </message>
    <message>
        <source>Joint organisation</source>
        <translation>联合建</translation>
    </message>
    <message>
        <source>Party-building instructor</source>
        <translation>选派党建指导员</translation>
    </message>
    <message>
        <source>None</source>
        <translation>未覆盖</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>转出</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>去世</translation>
    </message>
    <message>
        <source>Expelled</source>
        <translation>开除党籍</translation>
    </message>
    <message>
        <source>Left the party</source>
        <translation>出党</translation>
    </message>
    <message>
        <source>Community party organisation</source>
        <translation>社区党组织</translation>
    </message>
    <message>
        <source>Residents&apos; committee</source>
        <translation>居委会</translation>
    </message>
    <message>
        <source>Full member</source>
        <translation>正式党员</translation>
    </message>
    <message>
        <source>Probationary member</source>
        <translation>预备党员</translation>
    </message>
</context>
<context>
    <name>cd::PartyDemo</name>
    <message>
        <source>Party demo data (%1): %2</source>
        <translation>党建演示数据（%1）：%2</translation>
    </message>
    <message>
        <source>Cannot read the party data: %1</source>
        <translation>无法读取党建数据：%1</translation>
    </message>
    <message>
        <source>The database already holds party data (table %1). The demo community is written only into an empty database; nothing was changed.</source>
        <translation>数据库中已有党建数据（数据表%1）。演示社区只能写入空数据库，未作任何修改。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Party demo data: %1</source>
        <translation>党建演示数据：%1</translation>
    </message>
</context>
<context>
    <name>cd::PartyMemberStore</name>
    <message>
        <source>The person is archived; restore the person first.</source>
        <translation>该人员已归档，请先将其恢复。</translation>
    </message>
    <message>
        <source>The person does not exist.</source>
        <translation>该人员不存在。</translation>
    </message>
    <message>
        <source>The person is already recorded as a party member.</source>
        <translation>该人员已登记为党员。</translation>
    </message>
    <message>
        <source>The party organisation does not exist.</source>
        <translation>该党组织不存在。</translation>
    </message>
    <message>
        <source>The party organisation has been dissolved.</source>
        <translation>该党组织已撤销。</translation>
    </message>
    <message>
        <source>The project does not belong to the chosen company.</source>
        <translation>该服务项目不属于所选物业企业。</translation>
    </message>
    <message>
        <source>The party member no longer exists.</source>
        <translation>该党员记录已不存在。</translation>
    </message>
    <message>
        <source>Choose why the member left.</source>
        <translation>请选择党员减少的原因。</translation>
    </message>
    <message numerus="yes">
        <source>The member holds or held %n post(s) in the party organisations; record that the member left instead of deleting the record.</source>
        <translation>
            <numerusform>该党员在党组织中现任或曾任%n个职务，请登记其减少情况，不要删除记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>The party member does not exist.</source>
        <translation>该党员不存在。</translation>
    </message>
</context>
<context>
    <name>cd::PartyMembership</name>
    <message>
        <source>Cannot read party membership: %1</source>
        <translation>无法读取党员信息：%1</translation>
    </message>
</context>
<context>
    <name>cd::PartyOrgStore</name>
    <message>
        <source>Enter the name of the organisation.</source>
        <translation>请填写党组织名称。</translation>
    </message>
    <message>
        <source>Another organisation has this name.</source>
        <translation>已有同名的党组织。</translation>
    </message>
    <message>
        <source>Choose the type: party committee, general branch, branch or party group.</source>
        <translation>请选择类别：党委、党总支、党支部或党小组。</translation>
    </message>
    <message>
        <source>Choose whose organisation it is.</source>
        <translation>请选择依托单位。</translation>
    </message>
    <message>
        <source>Choose the property company.</source>
        <translation>请选择物业企业。</translation>
    </message>
    <message>
        <source>Choose the estate whose owners&apos; committee hosts it.</source>
        <translation>请选择其所依托业委会所在的小区。</translation>
    </message>
    <message>
        <source>A joint organisation lists no property companies; add those it covers.</source>
        <translation>联合党组织尚未列出物业企业，请添加其覆盖的企业。</translation>
    </message>
    <message>
        <source>Dissolved before it was founded.</source>
        <translation>撤销日期早于成立日期。</translation>
    </message>
    <message>
        <source>A party group belongs to a branch: choose it.</source>
        <translation>党小组隶属于党支部，请选择所属党支部。</translation>
    </message>
    <message>
        <source>The parent organisation does not exist.</source>
        <translation>上级党组织不存在。</translation>
    </message>
    <message>
        <source>A party group cannot have sub-organisations.</source>
        <translation>党小组下不能设下级组织。</translation>
    </message>
    <message>
        <source>A party committee can only be under a committee.</source>
        <translation>党委只能隶属于党委。</translation>
    </message>
    <message>
        <source>An organisation cannot be placed under itself or one of its own sub-organisations.</source>
        <translation>党组织不能隶属于自身或其下级组织。</translation>
    </message>
    <message>
        <source>The organisation no longer exists.</source>
        <translation>该党组织已不存在。</translation>
    </message>
    <message numerus="yes">
        <source>it has %n member(s); move them to another organisation first</source>
        <translation>
            <numerusform>其下有%n名党员，请先将其转至其他党组织</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n former member(s) are recorded under it</source>
        <translation>
            <numerusform>其下登记有%n名已减少的党员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it has %n sub-organisation(s)</source>
        <translation>
            <numerusform>其下有%n个下级组织</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cross-appointment(s) name it</source>
        <translation>
            <numerusform>有%n条交叉任职记录涉及该组织</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be deleted: %2. Dissolve it instead to keep its history.</source>
        <translation>无法删除%1：%2。请改为撤销，以保留历史记录。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Enter the date the organisation was dissolved.</source>
        <translation>请填写党组织撤销日期。</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n member(s); move them to another organisation first.</source>
        <translation>
            <numerusform>%1仍有%n名党员，请先将其转至其他党组织。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 still has active sub-organisations.</source>
        <translation>%1仍有未撤销的下级组织。</translation>
    </message>
    <message>
        <source>The party organisation does not exist.</source>
        <translation>该党组织不存在。</translation>
    </message>
    <message>
        <source>Choose the organisation of the post.</source>
        <translation>请选择职务所在的党组织。</translation>
    </message>
    <message>
        <source>Choose the person who holds the post.</source>
        <translation>请选择任职人员。</translation>
    </message>
    <message>
        <source>Choose the post.</source>
        <translation>请选择职务。</translation>
    </message>
    <message>
        <source>The post ends before it starts.</source>
        <translation>离任日期早于任职日期。</translation>
    </message>
    <message>
        <source>The post no longer exists.</source>
        <translation>该职务记录已不存在。</translation>
    </message>
    <message>
        <source>Enter the date the secretary takes office.</source>
        <translation>请填写书记任职日期。</translation>
    </message>
    <message>
        <source>A secretary from a later date is already on record.</source>
        <translation>已登记任职日期更晚的书记。</translation>
    </message>
</context>
<context>
    <name>cd::PartyPage</name>
    <message>
        <source>Party members</source>
        <translation>党建工作</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Property companies</source>
        <translation>物业企业</translation>
    </message>
    <message>
        <source>Cross-appointments</source>
        <translation>交叉任职</translation>
    </message>
    <message>
        <source>Owners&apos; committees</source>
        <translation>业委会</translation>
    </message>
    <message>
        <source>Census</source>
        <translation>底数排查</translation>
    </message>
</context>
<context>
    <name>cd::PartyStore</name>
    <message>
        <source>The database refused the change: %1</source>
        <translation>数据库拒绝了此次修改：%1</translation>
    </message>
</context>
<context>
    <name>cd::PeopleSearch</name>
    <message>
        <source>The search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
</context>
<context>
    <name>cd::PeopleTableModel</name>
    <message>
        <source>%1 (archived)</source>
        <translation>%1（已归档）</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between special groups</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Special groups</source>
        <translation>特殊人群</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>与户主关系</translation>
    </message>
</context>
<context>
    <name>cd::PersonDialog</name>
    <message>
        <source>Edit Person</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>Relation to head:</source>
        <translation>与户主关系：</translation>
    </message>
    <message>
        <source>Moved in:</source>
        <translation>迁入日期：</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>18 characters; birth date and sex are filled in</source>
        <translation>18位，自动填入出生日期和性别</translation>
    </message>
    <message>
        <source>Mobile or landline</source>
        <translation>手机或固定电话</translation>
    </message>
    <message>
        <source>Lives in %1</source>
        <translation>居住于%1</translation>
    </message>
    <message>
        <source>Please correct: %1.</source>
        <translation>请更正：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between field names</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show the full number (recorded in the audit log)</source>
        <translation>显示完整号码（将记入审计日志）</translation>
    </message>
</context>
<context>
    <name>cd::PersonHistoryEntry</name>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Restored from the archive</source>
        <translation>从归档中恢复</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>迁入</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>迁出</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>cd::PersonPicker</name>
    <message>
        <source>Non-resident person</source>
        <translation>非本社区人员</translation>
    </message>
    <message>
        <source>Name of the person (not living in the community):</source>
        <translation>姓名（不在本社区居住）：</translation>
    </message>
    <message>
        <source>Search name or pinyin</source>
        <translation>搜索姓名或拼音</translation>
    </message>
    <message>
        <source>Non-resident…</source>
        <translation>非本社区人员…</translation>
    </message>
    <message>
        <source>Add a person who does not live in the community, e.g. property staff</source>
        <translation>添加不在本社区居住的人员，如物业企业工作人员</translation>
    </message>
</context>
<context>
    <name>cd::PersonPlaces</name>
    <message>
        <source>Reading the person&apos;s places failed: %1</source>
        <translation>读取人员住址信息失败：%1</translation>
    </message>
</context>
<context>
    <name>cd::PersonSearchBulkLoad</name>
    <message>
        <source>Cannot read the database schema: %1</source>
        <translation>无法读取数据库结构：%1</translation>
    </message>
    <message>
        <source>Cannot update the person search index: %1</source>
        <translation>无法更新人员搜索索引：%1</translation>
    </message>
</context>
<context>
    <name>cd::PersonValidator</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Household registration</source>
        <translation>人口类别</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>文化程度</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Special groups</source>
        <translation>特殊人群</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>拼音首字母</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>姓名不能为空。</translation>
    </message>
    <message>
        <source>The name is longer than 64 characters.</source>
        <translation>姓名超过64个字符。</translation>
    </message>
    <message>
        <source>The sex must be male or female.</source>
        <translation>性别须为男或女。</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>出生日期晚于今天。</translation>
    </message>
    <message>
        <source>The phone number is neither a mobile number (11 digits starting with 1) nor a landline number.</source>
        <translation>联系电话既不是手机号码（以1开头的11位数字），也不是固定电话号码。</translation>
    </message>
    <message>
        <source>The political status is not one of the known ones.</source>
        <translation>政治面貌不在可选范围内。</translation>
    </message>
    <message>
        <source>The household registration is not one of the known kinds.</source>
        <translation>人口类别不在可选范围内。</translation>
    </message>
    <message>
        <source>The special group &quot;%1&quot; is not known.</source>
        <translation>特殊人群“%1”无法识别。</translation>
    </message>
    <message>
        <source>The ID number already belongs to %1 (archived).</source>
        <translation>身份证号已登记在%1名下（已归档）。</translation>
    </message>
    <message>
        <source>The ID number already belongs to %1.</source>
        <translation>身份证号已登记在%1名下。</translation>
    </message>
</context>
<context>
    <name>cd::PlaceTreeModel</name>
    <message>
        <source>Building %1</source>
        <translation>%1号楼</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>%1单元</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>room · occupancy</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Room %1 · %2 · %3 m²</source>
        <translation>%1室 · %2 · %3 m²</translation>
    </message>
</context>
<context>
    <name>cd::PrepareStep</name>
    <message>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Voting has opened: the settings are fixed.</source>
        <translation>投票已开始，选举设置不能再修改。</translation>
    </message>
</context>
<context>
    <name>cd::PrivacyMask</name>
    <message>
        <source>The choice to show personal data could not be logged, so the data stays masked: %1</source>
        <translation>无法记录显示个人信息的操作，信息仍脱敏显示：%1</translation>
    </message>
</context>
<context>
    <name>cd::PropertyCompanyStore</name>
    <message>
        <source>No unified social credit code is recorded.</source>
        <translation>未登记统一社会信用代码。</translation>
    </message>
    <message>
        <source>Kept with the note.</source>
        <translation>已按备注保留。</translation>
    </message>
    <message>
        <source>The check asks for %1 as the last character; to keep the code as it is, add a note saying why.</source>
        <translation>按校验规则最后一位应为%1；如需按原样保留，请在备注中说明原因。</translation>
    </message>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation>请填写企业名称。</translation>
    </message>
    <message>
        <source>Another property company has this name.</source>
        <translation>已有同名的物业企业。</translation>
    </message>
    <message>
        <source>Choose the red property status.</source>
        <translation>请选择红色物业创建状态。</translation>
    </message>
    <message>
        <source>Choose the performance rating.</source>
        <translation>请选择履约评价等级。</translation>
    </message>
    <message>
        <source>Enter the date of the rating.</source>
        <translation>请填写履约评价日期。</translation>
    </message>
    <message>
        <source>The instructor is not in the roster.</source>
        <translation>党建指导员不在花名册中。</translation>
    </message>
    <message>
        <source>The property company no longer exists.</source>
        <translation>该物业企业已不存在。</translation>
    </message>
    <message numerus="yes">
        <source>it manages %n building(s)</source>
        <translation>
            <numerusform>其管理%n栋楼</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it has %n project(s)</source>
        <translation>
            <numerusform>其有%n个服务项目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n party member(s) work there</source>
        <translation>
            <numerusform>有%n名党员在该企业工作</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n party organisation(s) belong to it</source>
        <translation>
            <numerusform>有%n个党组织依托该企业</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cross-appointment(s) name it</source>
        <translation>
            <numerusform>有%n条交叉任职记录涉及该企业</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n red steward(s) work for it</source>
        <translation>
            <numerusform>有%n名红色管家属于该企业</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be deleted: %2.</source>
        <translation>无法删除%1：%2。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>The property company does not exist.</source>
        <translation>该物业企业不存在。</translation>
    </message>
    <message>
        <source>Choose the property company.</source>
        <translation>请选择物业企业。</translation>
    </message>
    <message>
        <source>Choose the estate.</source>
        <translation>请选择小区。</translation>
    </message>
    <message>
        <source>The company already has a project at this estate.</source>
        <translation>该企业在此小区已有服务项目。</translation>
    </message>
    <message>
        <source>The staff count cannot be negative.</source>
        <translation>从业人员数不能为负数。</translation>
    </message>
    <message>
        <source>The project ends before it starts.</source>
        <translation>服务项目结束日期早于开始日期。</translation>
    </message>
    <message numerus="yes">
        <source>The project cannot be deleted: %n party member(s) work there. Set its end date instead.</source>
        <translation>
            <numerusform>无法删除该服务项目：有%n名党员在此工作。请改为填写结束日期。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ReportWriter</name>
    <message>
        <source>The printer does not accept the page format of this document.</source>
        <translation>打印机不支持本文档的纸张格式。</translation>
    </message>
    <message>
        <source>Cannot start printing (the output could not be opened).</source>
        <translation>无法开始打印（无法打开输出设备）。</translation>
    </message>
    <message>
        <source>Printing stopped at page %1.</source>
        <translation>打印在第%1页中断。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1 as an OpenDocument file.</source>
        <translation>无法将%1写为OpenDocument文件。</translation>
    </message>
    <message>
        <source>Unknown document type &quot;%1&quot;: use a .pdf or .odt file name.</source>
        <translation>未知的文档类型“%1”：请使用 .pdf 或 .odt 文件名。</translation>
    </message>
</context>
<context>
    <name>cd::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>统计报表</translation>
    </message>
    <message>
        <source>Gathering the figures…</source>
        <translation>正在统计数据…</translation>
    </message>
    <message>
        <source>%1 · figures as of %2</source>
        <translation>%1 · 数据截至%2</translation>
    </message>
    <message>
        <source>No joint party-building meeting (党建联席会议) has been held this month yet: at least one is required every month.</source>
        <translation>本月尚未召开党建联席会议（要求每月至少召开1次）。</translation>
    </message>
    <message>
        <source>No joint party-building meeting (党建联席会议) was held in this month.</source>
        <translation>该月未召开党建联席会议。</translation>
    </message>
    <message>
        <source>Party census against the targets (%1)</source>
        <translation>党员底数排查目标完成情况（%1年）</translation>
    </message>
    <message>
        <source>Party census against the targets</source>
        <translation>党员底数排查目标完成情况</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>现状</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>The figures are not loaded yet.</source>
        <translation>数据尚未加载。</translation>
    </message>
    <message>
        <source>Export monthly report</source>
        <translation>导出月度工作报告</translation>
    </message>
    <message>
        <source>monthly-report-%1</source>
        <translation>月度工作报告-%1</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>月度工作报告</translation>
    </message>
    <message>
        <source>Monthly work report</source>
        <translation>月度工作报告</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出PDF…</translation>
    </message>
    <message>
        <source>Export ODT…</source>
        <translation>导出ODT…</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民数</translation>
    </message>
    <message>
        <source>Requests listed</source>
        <translation>列单数</translation>
    </message>
    <message>
        <source>Completion rate (办结率)</source>
        <translation>办结率</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <source>Satisfaction (满意率)</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>召开会议</translation>
    </message>
    <message>
        <source>Open resolutions</source>
        <translation>未办结的议定事项</translation>
    </message>
</context>
<context>
    <name>cd::RequestCharts</name>
    <message>
        <source>Requests per category</source>
        <translation>各类诉求数量</translation>
    </message>
    <message>
        <source>Satisfaction and on-time rate, last six months</source>
        <translation>近六个月满意率与按时办结率</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <source>Target 95%</source>
        <translation>目标95%</translation>
    </message>
</context>
<context>
    <name>cd::RequestDetailPane</name>
    <message>
        <source>List again</source>
        <translation>重新列单</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接单</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <source>Dispatch…</source>
        <translation>派单…</translation>
    </message>
    <message>
        <source>Re-dispatch…</source>
        <translation>重新派单…</translation>
    </message>
    <message>
        <source>Arrived on site…</source>
        <translation>领单（到达现场）…</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>办结…</translation>
    </message>
    <message>
        <source>Rate…</source>
        <translation>评单…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>结单</translation>
    </message>
    <message>
        <source>Reopened (unsatisfied)</source>
        <translation>重办（不满意）</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>处置方案</translation>
    </message>
    <message>
        <source>Add photo</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.gif *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>问题等级：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>诉求来源：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Raised by:</source>
        <translation>诉求人：</translation>
    </message>
    <message>
        <source>Handler:</source>
        <translation>承办单位：</translation>
    </message>
    <message>
        <source>Listed:</source>
        <translation>列单时间：</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>办理时限：</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>办理结果：</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>业主评价：</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Record plan…</source>
        <translation>登记处置方案…</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>Print slip…</source>
        <translation>打印诉求单…</translation>
    </message>
    <message>
        <source>Export slip PDF…</source>
        <translation>导出诉求单PDF…</translation>
    </message>
    <message>
        <source>Select a request to see its details and take the next step.</source>
        <translation>选择一件诉求，可查看详情并办理下一环节。</translation>
    </message>
    <message>
        <source>No. %1 · %2</source>
        <translation>编号%1 · %2</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>未超期</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未登记）</translation>
    </message>
    <message>
        <source>(not dispatched)</source>
        <translation>（未派单）</translation>
    </message>
    <message numerus="yes">
        <source>(reopened %n time(s))</source>
        <translation>
            <numerusform>（已重办%n次）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::RequestForm</name>
    <message>
        <source>New request</source>
        <translation>新建诉求</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>输入以搜索</translation>
    </message>
    <message>
        <source>Name, pinyin, phone or room (optional)</source>
        <translation>姓名、拼音、电话或房号（可不填）</translation>
    </message>
    <message>
        <source>e.g. north side of building 3, bicycle shed</source>
        <translation>如：3号楼北侧自行车棚</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>问题等级(&amp;V)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>诉求来源(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Raised by:</source>
        <translation>诉求人(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>Place &amp;note:</source>
        <translation>地点说明(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>问题描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>No one found; the request can be saved without a person.</source>
        <translation>未找到相关人员；也可以不填诉求人直接保存。</translation>
    </message>
    <message numerus="yes">
        <source>%n found: choose with the arrow keys and Enter.</source>
        <translation>
            <numerusform>找到%n人：请用方向键选择，按回车键确定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>已选择：%1</translation>
    </message>
    <message>
        <source>At the person&apos;s home</source>
        <translation>诉求人家中</translation>
    </message>
    <message>
        <source>Public area of %1</source>
        <translation>%1公共区域</translation>
    </message>
    <message>
        <source>Public area</source>
        <translation>公共区域</translation>
    </message>
    <message>
        <source>Title: say in a few words what the problem is.</source>
        <translation>标题：请用几个字概括问题。</translation>
    </message>
    <message>
        <source>Category: choose one of the list.</source>
        <translation>类别：请从列表中选择。</translation>
    </message>
    <message>
        <source>Severity: choose ordinary, complex or major.</source>
        <translation>问题等级：请选择普通、复杂或重大。</translation>
    </message>
    <message>
        <source>Channel: choose how the request came in.</source>
        <translation>诉求来源：请选择诉求的反映渠道。</translation>
    </message>
</context>
<context>
    <name>cd::RequestListModel</name>
    <message>
        <source>%1 (reopened %2×)</source>
        <translation>%1（重办%2次）</translation>
    </message>
    <message>
        <source>Within its deadline</source>
        <translation>在办理时限内</translation>
    </message>
    <message>
        <source>80% or more of its time used</source>
        <translation>已用时限80%以上</translation>
    </message>
    <message>
        <source>Past its deadline</source>
        <translation>已超过办理时限</translation>
    </message>
    <message>
        <source>No deadline running</source>
        <translation>未计时</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>问题等级</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>列单</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>办理时限</translation>
    </message>
</context>
<context>
    <name>cd::RequestPhotos</name>
    <message>
        <source>The photo &quot;%1&quot; is empty.</source>
        <translation>照片“%1”为空。</translation>
    </message>
    <message>
        <source>The photo &quot;%1&quot; is larger than %2 MB.</source>
        <translation>照片“%1”超过%2 MB。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image this program can read.</source>
        <translation>“%1”不是本程序可读取的图片。</translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation>不存在编号为%1的诉求。</translation>
    </message>
    <message>
        <source>Cannot save the photo: %1</source>
        <translation>无法保存照片：%1</translation>
    </message>
    <message>
        <source>Cannot read the photos: %1</source>
        <translation>无法读取照片：%1</translation>
    </message>
    <message>
        <source>Cannot read the photo: %1</source>
        <translation>无法读取照片：%1</translation>
    </message>
    <message>
        <source>There is no photo %1.</source>
        <translation>不存在编号为%1的照片。</translation>
    </message>
</context>
<context>
    <name>cd::RequestReader</name>
    <message>
        <source>Building %1</source>
        <translation>%1号楼</translation>
    </message>
    <message>
        <source>Public area</source>
        <translation>公共区域</translation>
    </message>
</context>
<context>
    <name>cd::RequestSlip</name>
    <message>
        <source>Printed %1</source>
        <translation>打印时间：%1</translation>
    </message>
    <message>
        <source>%1 request slip</source>
        <translation>%1居民诉求办理单</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>编号：%1</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>诉求来源</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>列单时间</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>问题等级</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>诉求人</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>On site by</source>
        <translation>到场时限</translation>
    </message>
    <message>
        <source>Plan by</source>
        <translation>方案时限</translation>
    </message>
    <message>
        <source>Solve by</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message numerus="yes">
        <source>Reopened %n time(s) after an unsatisfied rating.</source>
        <translation>
            <numerusform>因评价不满意已重办%n次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>办理情况</translation>
    </message>
    <message>
        <source>Arrived on site at: %1</source>
        <translation>到场时间：%1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>办理结果：%1</translation>
    </message>
    <message>
        <source>Handler (signature): %1   Date: %2</source>
        <translation>承办人（签字）：%1&#x3000;&#x3000;日期：%2</translation>
    </message>
    <message>
        <source>Resident (signature): %1   Date: %2</source>
        <translation>居民（签字）：%1&#x3000;&#x3000;日期：%2</translation>
    </message>
</context>
<context>
    <name>cd::RequestsMonthReport</name>
    <message>
        <source>Listed</source>
        <translation>列单</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>办结率</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Open and overdue</source>
        <translation>超期未办结</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a month: write it as YYYY-MM.</source>
        <translation>“%1”不是有效的月份，请按 YYYY-MM 格式填写。</translation>
    </message>
    <message>
        <source>Open and overdue requests per handler</source>
        <translation>各承办单位超期未办结诉求</translation>
    </message>
    <message>
        <source>(not dispatched)</source>
        <translation>（未派单）</translation>
    </message>
    <message>
        <source>Resident requests %1</source>
        <translation>居民诉求办理情况 %1</translation>
    </message>
    <message>
        <source>%1 resident requests (五单) report</source>
        <translation>%1居民诉求办理（五单治理）情况报告</translation>
    </message>
    <message>
        <source>1. Figures of the month</source>
        <translation>一、本月办理情况</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重办</translation>
    </message>
    <message>
        <source>Ratings: %1 satisfied, %2 fairly satisfied, %3 unsatisfied. Mean time to arrive on site: %4 min; mean time to resolve: %5 min.</source>
        <translation>业主评价：满意%1件，基本满意%2件，不满意%3件。平均到场用时%4分钟，平均办结用时%5分钟。</translation>
    </message>
    <message>
        <source>2. Top categories</source>
        <translation>二、主要诉求类别</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>3. Handlers</source>
        <translation>三、承办单位</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>4. Trend</source>
        <translation>四、变化趋势</translation>
    </message>
    <message>
        <source>5. Open requests past their deadline</source>
        <translation>五、超期未办结的诉求</translation>
    </message>
    <message>
        <source>None: every request of the month met its deadline or is still within it.</source>
        <translation>无：本月诉求均按时办结或仍在办理时限内。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>问题等级</translation>
    </message>
    <message>
        <source>State</source>
        <translation>办理环节</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Figures as of %1.</source>
        <translation>数据截至%1。</translation>
    </message>
</context>
<context>
    <name>cd::ResultsStep</name>
    <message>
        <source>Party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>run-off</source>
        <translation>另行投票</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>投票</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) elected</source>
        <translation>
            <numerusform>当选委员%n名</numerusform>
        </translation>
    </message>
    <message>
        <source>; party members %1 of %2 (%3)</source>
        <translation>；%2名中党员%1名（%3）</translation>
    </message>
    <message>
        <source>— under half: a reminder</source>
        <translation>— 不足半数，仅作提醒</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Run-off&lt;/b&gt;: tick the %n winner(s) of the run-off among the tied candidates.</source>
        <translation>
            <numerusform>&lt;b&gt;另行投票&lt;/b&gt;：请在票数相同的候选人中勾选另行投票胜出的%n人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Filed on %1.</source>
        <translation>已于%1备案。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Overdue&lt;/b&gt;: the deadline was %1 (%n day(s) ago).</source>
        <translation>
            <numerusform>&lt;b&gt;已逾期&lt;/b&gt;：备案期限为%1（已过%n天）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deadline %1: %n day(s) left; %2 document(s) outstanding.</source>
        <translation>
            <numerusform>备案期限%1：还剩%n天；尚缺%2份材料。</numerusform>
        </translation>
    </message>
    <message>
        <source>The results follow when the vote is closed.</source>
        <translation>结束投票后显示选举结果。</translation>
    </message>
    <message>
        <source>Correct a ballot</source>
        <translation>更正选票</translation>
    </message>
    <message>
        <source>Reason for the correction (required, logged)</source>
        <translation>更正原因（必填，记入日志）</translation>
    </message>
    <message>
        <source>Give the reason for the correction.</source>
        <translation>请填写更正原因。</translation>
    </message>
    <message>
        <source>No election is selected.</source>
        <translation>未选择选举。</translation>
    </message>
    <message>
        <source>Export vote tables</source>
        <translation>导出表决结果表</translation>
    </message>
    <message>
        <source>vote-tables.xlsx</source>
        <translation>表决结果表.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export result notice</source>
        <translation>导出选举结果公告</translation>
    </message>
    <message>
        <source>result-notice.pdf</source>
        <translation>选举结果公告.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>委员</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Elected by</source>
        <translation>产生方式</translation>
    </message>
    <message>
        <source>How the run-off was decided (required)</source>
        <translation>另行投票情况（必填）</translation>
    </message>
    <message>
        <source>Record run-off</source>
        <translation>登记另行投票结果</translation>
    </message>
    <message>
        <source>Correct a ballot…</source>
        <translation>更正选票…</translation>
    </message>
    <message>
        <source>Export vote tables (.xlsx)…</source>
        <translation>导出表决结果表（.xlsx）…</translation>
    </message>
    <message>
        <source>Print summary table…</source>
        <translation>打印表决结果汇总表…</translation>
    </message>
    <message>
        <source>Print detail table…</source>
        <translation>打印表决结果明细表…</translation>
    </message>
    <message>
        <source>Print result notice…</source>
        <translation>打印选举结果公告…</translation>
    </message>
    <message>
        <source>Export result notice PDF…</source>
        <translation>导出选举结果公告PDF…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Filing with the housing authority&lt;/b&gt; (within %1 days)</source>
        <translation>&lt;b&gt;向房产主管部门备案&lt;/b&gt;（%1日内）</translation>
    </message>
    <message>
        <source>Mark as filed today</source>
        <translation>标记为今日已备案</translation>
    </message>
</context>
<context>
    <name>cd::RollStep</name>
    <message>
        <source>&lt;b&gt;%1 persons, %2 m²&lt;/b&gt; from %3 dwellings</source>
        <translation>&lt;b&gt;%1人，%2 m²&lt;/b&gt;，共%3户</translation>
    </message>
    <message numerus="yes">
        <source>; the developer&apos;s %n unsold or undelivered dwelling(s) count as one person</source>
        <translation>
            <numerusform>；建设单位未售或未交付的%n户房屋合计按一人计算</numerusform>
        </translation>
    </message>
    <message>
        <source>Frozen when voting opened (%1); later roster changes do not alter it.</source>
        <translation>已于投票开始时锁定（%1），此后花名册的变动不影响选民名册。</translation>
    </message>
    <message>
        <source>Preview from today&apos;s roster; the roll is frozen when voting opens.</source>
        <translation>根据当前花名册预览；开始投票时锁定选民名册。</translation>
    </message>
    <message>
        <source>Open voting</source>
        <translation>开始投票</translation>
    </message>
    <message>
        <source>Freeze the voter roll (%1 voters) and open voting? Candidates and settings cannot change afterwards.</source>
        <translation>是否锁定选民名册（%1名选民）并开始投票？此后候选人和选举设置不能再修改。</translation>
    </message>
    <message>
        <source>Freezing the voter roll…</source>
        <translation>正在锁定选民名册…</translation>
    </message>
    <message>
        <source>No election is selected.</source>
        <translation>未选择选举。</translation>
    </message>
    <message>
        <source>Export voter roll</source>
        <translation>导出选民名册</translation>
    </message>
    <message>
        <source>voter-roll.xlsx</source>
        <translation>选民名册.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Filter: name or room</source>
        <translation>筛选：姓名或房号</translation>
    </message>
    <message>
        <source>Freeze roll and open voting…</source>
        <translation>锁定名册并开始投票…</translation>
    </message>
    <message>
        <source>Print roll…</source>
        <translation>打印选民名册…</translation>
    </message>
    <message>
        <source>Export roll (.xlsx)…</source>
        <translation>导出选民名册（.xlsx）…</translation>
    </message>
</context>
<context>
    <name>cd::RosterCodes</name>
    <message>
        <source>Owner-occupied</source>
        <translation>自住</translation>
    </message>
    <message>
        <source>Rented</source>
        <translation>出租</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>空置</translation>
    </message>
    <message>
        <source>Unsold</source>
        <translation>未售</translation>
    </message>
    <message>
        <source>Masses</source>
        <translation>群众</translation>
    </message>
    <message>
        <source>CPC member</source>
        <translation>中共党员</translation>
    </message>
    <message>
        <source>CPC probationary member</source>
        <translation>中共预备党员</translation>
    </message>
    <message>
        <source>Communist Youth League member</source>
        <translation>共青团员</translation>
    </message>
    <message>
        <source>Democratic party member</source>
        <translation>民主党派</translation>
    </message>
    <message>
        <source>Non-party personage</source>
        <translation>无党派人士</translation>
    </message>
    <message>
        <source>Registered household</source>
        <translation>户籍</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>常住</translation>
    </message>
    <message>
        <source>Floating population</source>
        <translation>流动</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Elderly living alone</source>
        <translation>独居老人</translation>
    </message>
    <message>
        <source>Oldest-old</source>
        <translation>高龄</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>残疾</translation>
    </message>
    <message>
        <source>Subsistence allowance</source>
        <translation>低保</translation>
    </message>
    <message>
        <source>Veteran</source>
        <translation>退役军人</translation>
    </message>
    <message>
        <source>Left-behind child</source>
        <translation>留守儿童</translation>
    </message>
    <message>
        <source>Key attention</source>
        <translation>重点关注</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>老年楼栋长</translation>
    </message>
    <message>
        <source>Young</source>
        <translation>青年楼栋长</translation>
    </message>
    <message>
        <source>Junior</source>
        <translation>少年楼栋长</translation>
    </message>
</context>
<context>
    <name>cd::RosterDemo</name>
    <message>
        <source>Cannot read the roster: %1</source>
        <translation>无法读取花名册：%1</translation>
    </message>
    <message>
        <source>The database already holds a roster (%1 estates, %2 people). The demo community is written only into an empty database; nothing was changed.</source>
        <translation>数据库中已有花名册（小区%1个，人员%2人）。演示社区只能写入空数据库，未作任何修改。</translation>
    </message>
    <message>
        <source>The database already holds roster data (table %1). The demo community is written only into an empty database; nothing was changed.</source>
        <translation>数据库中已有花名册数据（数据表%1）。演示社区只能写入空数据库，未作任何修改。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>cd::RosterExport</name>
    <message>
        <source>Estate</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Exclusive area (m²)</source>
        <translation>专有面积（m²）</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>房屋状态</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Household registration</source>
        <translation>人口类别</translation>
    </message>
    <message>
        <source>Relation to household head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>是否业主</translation>
    </message>
    <message>
        <source>Special groups</source>
        <translation>特殊人群</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Unknown file type &quot;%1&quot;: use a .xlsx or .csv file name.</source>
        <translation>未知的文件类型“%1”：请使用 .xlsx 或 .csv 文件名。</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>花名册</translation>
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
        <source> building %1</source>
        <translation>%1号楼</translation>
    </message>
    <message>
        <source>%1 roster</source>
        <translation>%1居民花名册</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>打印日期：%1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>%1 people. ID numbers and phone numbers are masked.</source>
        <translation>共%1人。身份证号、电话号码已作脱敏处理。</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>cd::RosterFileActions</name>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import people and addresses from an .xlsx or CSV roster</source>
        <translation>从.xlsx或CSV格式的花名册导入人员和住址</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the roster of the selected estate or building, or of the whole community, as .xlsx or CSV</source>
        <translation>将所选小区、楼栋或全社区的花名册导出为.xlsx或CSV文件</translation>
    </message>
    <message>
        <source>Print roster…</source>
        <translation>打印花名册…</translation>
    </message>
    <message>
        <source>Print the roster of the selected estate or building, or save it as PDF</source>
        <translation>打印所选小区或楼栋的花名册，或保存为PDF</translation>
    </message>
</context>
<context>
    <name>cd::RosterFilterBar</name>
    <message>
        <source>Search: name, ID number, phone, room (3-2-501), pinyin (zsf)</source>
        <translation>搜索：姓名、身份证号、电话、房号（3-2-501）、拼音（zsf）</translation>
    </message>
    <message>
        <source>Several words must all match, e.g. &quot;3-2 wang&quot;. Digits find ID numbers and phones; Latin letters find pinyin and initials.</source>
        <translation>输入多个词时须全部匹配，如“3-2 wang”。输入数字查找身份证号和电话，输入字母查找拼音及拼音首字母。</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>全部人群</translation>
    </message>
    <message>
        <source>Any political status</source>
        <translation>全部政治面貌</translation>
    </message>
    <message>
        <source>Any occupancy</source>
        <translation>全部房屋状态</translation>
    </message>
    <message>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <source>Include archived</source>
        <translation>含已归档</translation>
    </message>
</context>
<context>
    <name>cd::RosterImport</name>
    <message>
        <source>%1 has no header row in its first %2 rows: the roster needs a row of column names such as 姓名 and 身份证号.</source>
        <translation>%1的前%2行中没有表头行：花名册须有一行列名，如“姓名”“身份证号”。</translation>
    </message>
    <message>
        <source>The file is not open.</source>
        <translation>文件未打开。</translation>
    </message>
    <message>
        <source>Roster import</source>
        <translation>花名册导入</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>未导入的行</translation>
    </message>
</context>
<context>
    <name>cd::RosterListing</name>
    <message>
        <source>There is no estate named %1.</source>
        <translation>没有名为%1的小区。</translation>
    </message>
    <message>
        <source>The roster could not be read: %1</source>
        <translation>无法读取花名册：%1</translation>
    </message>
</context>
<context>
    <name>cd::RosterOutput</name>
    <message>
        <source>Estate %1</source>
        <translation>小区：%1</translation>
    </message>
    <message>
        <source>Building %1 of %2</source>
        <translation>%2 %1号楼</translation>
    </message>
    <message>
        <source>The whole community</source>
        <translation>全社区</translation>
    </message>
    <message>
        <source>The whole community (%1)</source>
        <translation>全社区（%1）</translation>
    </message>
    <message>
        <source>roster-%1</source>
        <translation>花名册-%1</translation>
    </message>
    <message>
        <source>roster-%1-%2</source>
        <translation>花名册-%1-%2</translation>
    </message>
    <message>
        <source>Exporting the roster to %1…</source>
        <translation>正在将花名册导出到%1…</translation>
    </message>
    <message>
        <source>The roster was not exported: %1</source>
        <translation>花名册未导出：%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n people to %1, with full ID numbers and phone numbers.</source>
        <translation>
            <numerusform>已将%n人导出到%1，含完整的身份证号和电话号码。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n people to %1 (ID numbers and phone numbers masked).</source>
        <translation>
            <numerusform>已将%n人导出到%1（身份证号和电话号码已脱敏）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入%1…</translation>
    </message>
    <message>
        <source>Preparing the roster for printing…</source>
        <translation>正在准备打印花名册…</translation>
    </message>
    <message>
        <source>The roster could not be printed: %1</source>
        <translation>无法打印花名册：%1</translation>
    </message>
    <message numerus="yes">
        <source>Saved the roster (%n page(s)) as %1.</source>
        <translation>
            <numerusform>花名册（共%n页）已保存为%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The roster has %n page(s).</source>
        <translation>
            <numerusform>花名册共%n页。</numerusform>
        </translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>花名册</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <source>Export roster as PDF</source>
        <translation>将花名册导出为PDF</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 with BOM (*.csv)</source>
        <translation>CSV，UTF-8（带BOM） (*.csv)</translation>
    </message>
    <message>
        <source>CSV, GB18030 for older Excel and WPS (*.csv)</source>
        <translation>CSV，GB18030（适用于旧版Excel和WPS） (*.csv)</translation>
    </message>
    <message>
        <source>Export roster</source>
        <translation>导出花名册</translation>
    </message>
</context>
<context>
    <name>cd::RosterOutputDialog</name>
    <message>
        <source>Export roster</source>
        <translation>导出花名册</translation>
    </message>
    <message>
        <source>Print roster</source>
        <translation>打印花名册</translation>
    </message>
    <message>
        <source>Export the people of:</source>
        <translation>导出以下范围的人员：</translation>
    </message>
    <message>
        <source>Print the roster of:</source>
        <translation>打印以下范围的花名册：</translation>
    </message>
    <message>
        <source>Full ID numbers and phone numbers</source>
        <translation>完整的身份证号和电话号码</translation>
    </message>
    <message>
        <source>Without full numbers, ID numbers and phone numbers are masked (110105********002X, 138****8000). A file with full numbers is recorded in the audit log.</source>
        <translation>不勾选时，身份证号和电话号码将脱敏显示（110105********002X、138****8000）。导出完整号码的文件将记入审计日志。</translation>
    </message>
    <message>
        <source>A4 landscape. ID numbers and phone numbers are printed masked.</source>
        <translation>A4横向。身份证号和电话号码脱敏打印。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Full numbers</source>
        <translation>完整号码</translation>
    </message>
    <message>
        <source>The file will contain full ID numbers and phone numbers. Keep it safe and hand it only to those entitled to it; the export is recorded in the audit log.

Export full numbers?</source>
        <translation>该文件将包含完整的身份证号和电话号码。请妥善保管，仅提供给有权查看的人员；本次导出将记入审计日志。

是否导出完整号码？</translation>
    </message>
</context>
<context>
    <name>cd::RosterPage</name>
    <message>
        <source>Buildings &amp; Residents</source>
        <translation>楼栋住户</translation>
    </message>
    <message>
        <source>Show everyone</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Show the people of every estate</source>
        <translation>显示所有小区的人员</translation>
    </message>
    <message>
        <source>Add Person…</source>
        <translation>添加人员…</translation>
    </message>
    <message>
        <source>Add a person; a selected dwelling becomes their home</source>
        <translation>添加人员；如已选中房屋，则登记为其住所</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the selected person</source>
        <translation>编辑选中的人员</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>变更住址…</translation>
    </message>
    <message>
        <source>Move the selected person to another dwelling</source>
        <translation>将选中的人员迁至其他房屋</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>归档…</translation>
    </message>
    <message>
        <source>Archive the selected person (kept, but no longer listed)</source>
        <translation>归档选中的人员（保留记录，但不再列出）</translation>
    </message>
    <message>
        <source>Edit Dwelling…</source>
        <translation>编辑房屋…</translation>
    </message>
    <message>
        <source>Edit the selected dwelling</source>
        <translation>编辑选中的房屋</translation>
    </message>
    <message>
        <source>Edit Building…</source>
        <translation>编辑楼栋…</translation>
    </message>
    <message>
        <source>Edit the selected building</source>
        <translation>编辑选中的楼栋</translation>
    </message>
    <message>
        <source>Show Full Numbers</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <source>Show ID numbers and phone numbers in full for this session (recorded in the audit log)</source>
        <translation>在本次使用期间完整显示身份证号和电话号码（记入审计日志）</translation>
    </message>
    <message>
        <source>Undo the last change on this page</source>
        <translation>撤销本页最近一次修改</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>恢复最近撤销的修改</translation>
    </message>
    <message>
        <source>All estates</source>
        <translation>全部小区</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln人</numerusform>
        </translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>Select a place in the tree to see its household, or a person in the table.</source>
        <translation>在树形列表中选择位置可查看住户情况，也可在表格中选择人员。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln people live here. Select a dwelling to see its household.</source>
        <translation>
            <numerusform>%1：共居住%Ln人。选择一户房屋可查看住户情况。</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>The change could not be taken back: %1</source>
        <translation>无法撤销该修改：%1</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>已添加%1。</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>归档%1</translation>
    </message>
    <message>
        <source>%1 stays on record but is no longer listed. Reason (kept in the history):</source>
        <translation>%1的记录将保留，但不再列出。归档原因（记入变更记录）：</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Select an estate or a building to list its people by address.</source>
        <translation>选择一个小区或楼栋，按地址列出其中的人员。</translation>
    </message>
</context>
<context>
    <name>cd::RosterRepository</name>
    <message>
        <source>The import batch could not be recorded: %1</source>
        <translation>无法记录导入批次：%1</translation>
    </message>
    <message>
        <source>The person&apos;s history could not be written: %1</source>
        <translation>无法写入人员变更记录：%1</translation>
    </message>
    <message>
        <source>The record to remove no longer exists.</source>
        <translation>要删除的记录已不存在。</translation>
    </message>
    <message>
        <source>Reading the roster failed: %1</source>
        <translation>读取花名册失败：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be undone: %2</source>
        <translation>无法撤销“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be redone: %2</source>
        <translation>无法恢复“%1”：%2</translation>
    </message>
    <message>
        <source>An import batch is already being recorded.</source>
        <translation>已有导入批次正在记录中。</translation>
    </message>
    <message>
        <source>The import batch could not be started: %1</source>
        <translation>无法开始导入批次：%1</translation>
    </message>
    <message>
        <source>The import batch is still being recorded.</source>
        <translation>该导入批次仍在记录中。</translation>
    </message>
    <message>
        <source>The import batch does not exist.</source>
        <translation>该导入批次不存在。</translation>
    </message>
    <message>
        <source>The import batch has already been undone.</source>
        <translation>该导入批次已撤销。</translation>
    </message>
    <message>
        <source>Import batch %1</source>
        <translation>导入批次%1</translation>
    </message>
    <message>
        <source>Reading the import batch failed: %1</source>
        <translation>读取导入批次失败：%1</translation>
    </message>
    <message>
        <source>The import cannot be undone: %1 was changed after it. Undo or revise that change first.</source>
        <translation>无法撤销本次导入：%1的信息在导入后又有修改。请先撤销或更正该修改。</translation>
    </message>
    <message>
        <source>The import cannot be undone: %1</source>
        <translation>无法撤销本次导入：%1</translation>
    </message>
    <message>
        <source>The import batch could not be closed: %1</source>
        <translation>无法结束导入批次：%1</translation>
    </message>
    <message>
        <source>%1 is archived; restore the person first.</source>
        <translation>%1已归档，请先将其恢复。</translation>
    </message>
    <message>
        <source>The dwelling does not exist.</source>
        <translation>该房屋不存在。</translation>
    </message>
    <message>
        <source>%1 already lives at %2.</source>
        <translation>%1已居住在%2。</translation>
    </message>
    <message>
        <source>%1 moves in to %2</source>
        <translation>%1迁入%2</translation>
    </message>
    <message>
        <source>%1 moves to %2</source>
        <translation>%1迁至%2</translation>
    </message>
    <message>
        <source>%1 does not live in any dwelling on record.</source>
        <translation>%1没有登记的住所。</translation>
    </message>
    <message>
        <source>%1 moves out</source>
        <translation>%1迁出</translation>
    </message>
    <message>
        <source>The moving-out date is before %1 moved in to %2.</source>
        <translation>迁出日期早于%1迁入%2的日期。</translation>
    </message>
    <message>
        <source>The moving-out date is before the moving-in date.</source>
        <translation>迁出日期早于迁入日期。</translation>
    </message>
    <message>
        <source>Edit residence</source>
        <translation>修改居住信息</translation>
    </message>
    <message>
        <source>Remove residence</source>
        <translation>删除居住记录</translation>
    </message>
    <message>
        <source>The developer</source>
        <translation>建设单位</translation>
    </message>
    <message>
        <source>%1 already owns %2.</source>
        <translation>%1已是%2的业主。</translation>
    </message>
    <message>
        <source>%1 has owners on record; end their ownership before the developer owns it.</source>
        <translation>%1已登记业主；登记为建设单位所有之前，请先结束现有业主的产权。</translation>
    </message>
    <message>
        <source>%1 owns %2</source>
        <translation>登记%1为%2的业主</translation>
    </message>
    <message>
        <source>%1 is not a current owner of %2.</source>
        <translation>%1不是%2的现业主。</translation>
    </message>
    <message>
        <source>%1 votes for %2</source>
        <translation>%1代表%2投票</translation>
    </message>
    <message>
        <source>The ownership does not exist.</source>
        <translation>该产权记录不存在。</translation>
    </message>
    <message>
        <source>The ownership has already ended.</source>
        <translation>该产权已经结束。</translation>
    </message>
    <message>
        <source>The end date is before the ownership began.</source>
        <translation>结束日期早于产权开始日期。</translation>
    </message>
    <message>
        <source>End ownership of %1</source>
        <translation>结束%1的产权</translation>
    </message>
    <message>
        <source>Remove owner of %1</source>
        <translation>删除%1的业主</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <source>%1 is already archived.</source>
        <translation>%1已归档。</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>归档%1</translation>
    </message>
    <message>
        <source>%1 is not archived.</source>
        <translation>%1未归档。</translation>
    </message>
    <message>
        <source>Restore %1 from the archive</source>
        <translation>从归档中恢复%1</translation>
    </message>
    <message>
        <source>the references to the person could not be checked</source>
        <translation>无法核查与其相关的记录</translation>
    </message>
    <message>
        <source>is or was the owner of a dwelling</source>
        <translation>是或曾是房屋业主</translation>
    </message>
    <message>
        <source>is a building leader</source>
        <translation>是楼栋长</translation>
    </message>
    <message>
        <source>is a red steward</source>
        <translation>是红色管家</translation>
    </message>
    <message>
        <source>is referred to by %1 records</source>
        <translation>被%1表中的记录引用</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: the person %2. Archive the person instead.</source>
        <translation>无法删除%1：此人%2。请改为归档。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <source>The person does not exist.</source>
        <translation>该人员不存在。</translation>
    </message>
    <message>
        <source>The estate name is empty.</source>
        <translation>小区名称不能为空。</translation>
    </message>
    <message>
        <source>An estate named %1 already exists.</source>
        <translation>已有名为%1的小区。</translation>
    </message>
    <message>
        <source>Add estate %1</source>
        <translation>添加小区%1</translation>
    </message>
    <message>
        <source>Edit estate %1</source>
        <translation>修改小区%1</translation>
    </message>
    <message>
        <source>The estate still has buildings; remove them first.</source>
        <translation>该小区下仍有楼栋，请先删除。</translation>
    </message>
    <message>
        <source>Remove estate</source>
        <translation>删除小区</translation>
    </message>
    <message>
        <source>The estate does not exist.</source>
        <translation>该小区不存在。</translation>
    </message>
    <message>
        <source>The grid name is empty.</source>
        <translation>网格名称不能为空。</translation>
    </message>
    <message>
        <source>A grid named %1 already exists.</source>
        <translation>已有名为%1的网格。</translation>
    </message>
    <message>
        <source>Edit grid %1</source>
        <translation>修改网格%1</translation>
    </message>
    <message>
        <source>Add grid %1</source>
        <translation>添加网格%1</translation>
    </message>
    <message>
        <source>Remove grid</source>
        <translation>删除网格</translation>
    </message>
    <message>
        <source>The building number is empty.</source>
        <translation>楼号不能为空。</translation>
    </message>
    <message>
        <source>The building&apos;s estate does not exist.</source>
        <translation>楼栋所属的小区不存在。</translation>
    </message>
    <message>
        <source>Building %1 already exists in this estate.</source>
        <translation>本小区已有%1号楼。</translation>
    </message>
    <message>
        <source>The number of floors must be between 1 and 200.</source>
        <translation>层数须在1至200之间。</translation>
    </message>
    <message>
        <source>The year built must be between 1800 and 2200.</source>
        <translation>建成年份须在1800至2200之间。</translation>
    </message>
    <message>
        <source>Edit building %1</source>
        <translation>修改%1号楼</translation>
    </message>
    <message>
        <source>Add building %1</source>
        <translation>添加%1号楼</translation>
    </message>
    <message>
        <source>The building still has units; remove them first.</source>
        <translation>该楼栋下仍有单元，请先删除。</translation>
    </message>
    <message>
        <source>The building still has building leaders; remove them first.</source>
        <translation>该楼栋仍有楼栋长，请先删除。</translation>
    </message>
    <message>
        <source>Remove building</source>
        <translation>删除楼栋</translation>
    </message>
    <message>
        <source>The building does not exist.</source>
        <translation>该楼栋不存在。</translation>
    </message>
    <message>
        <source>The unit number is empty.</source>
        <translation>单元号不能为空。</translation>
    </message>
    <message>
        <source>The unit&apos;s building does not exist.</source>
        <translation>单元所属的楼栋不存在。</translation>
    </message>
    <message>
        <source>Unit %1 already exists in this building.</source>
        <translation>本楼栋已有%1单元。</translation>
    </message>
    <message>
        <source>Edit unit %1</source>
        <translation>修改%1单元</translation>
    </message>
    <message>
        <source>Add unit %1</source>
        <translation>添加%1单元</translation>
    </message>
    <message>
        <source>The unit still has dwellings; remove them first.</source>
        <translation>该单元下仍有房屋，请先删除。</translation>
    </message>
    <message>
        <source>Remove unit</source>
        <translation>删除单元</translation>
    </message>
    <message>
        <source>The room number is empty.</source>
        <translation>房号不能为空。</translation>
    </message>
    <message>
        <source>The dwelling&apos;s unit does not exist.</source>
        <translation>房屋所属的单元不存在。</translation>
    </message>
    <message>
        <source>Room %1 already exists in this unit.</source>
        <translation>本单元已有%1室。</translation>
    </message>
    <message>
        <source>The area cannot be negative.</source>
        <translation>面积不能为负数。</translation>
    </message>
    <message>
        <source>The occupancy must be owner-occupied, rented, vacant or unsold.</source>
        <translation>房屋状态须为自住、出租、空置或未售。</translation>
    </message>
    <message>
        <source>Edit dwelling %1</source>
        <translation>修改房屋%1</translation>
    </message>
    <message>
        <source>Add dwelling %1</source>
        <translation>添加房屋%1</translation>
    </message>
    <message>
        <source>People live or lived in this dwelling; it cannot be removed.</source>
        <translation>该房屋有现住或曾住人员，不能删除。</translation>
    </message>
    <message>
        <source>The dwelling has owners on record; it cannot be removed.</source>
        <translation>该房屋已登记业主，不能删除。</translation>
    </message>
    <message>
        <source>A red steward looks after this dwelling; change the steward first.</source>
        <translation>该房屋有红色管家联系，请先调整红色管家。</translation>
    </message>
    <message>
        <source>Remove dwelling</source>
        <translation>删除房屋</translation>
    </message>
    <message>
        <source>There is no estate named %1.</source>
        <translation>没有名为%1的小区。</translation>
    </message>
    <message>
        <source>%1 does not name a building and a room.</source>
        <translation>“%1”未指明楼栋和房号。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>There is no dwelling %1.</source>
        <translation>未找到房屋%1。</translation>
    </message>
    <message>
        <source>%1 matches more than one dwelling; name the estate and the unit.</source>
        <translation>“%1”对应多户房屋，请写明小区和单元。</translation>
    </message>
    <message>
        <source>The building leader kind must be senior, young or junior.</source>
        <translation>楼栋长类别须为老、青或少。</translation>
    </message>
    <message>
        <source>%1 is already a leader of building %2.</source>
        <translation>%1已是%2号楼的楼栋长。</translation>
    </message>
    <message>
        <source>%1 becomes a leader of building %2</source>
        <translation>%1担任%2号楼楼栋长</translation>
    </message>
    <message>
        <source>Remove building leader</source>
        <translation>删除楼栋长</translation>
    </message>
    <message>
        <source>%1 is already a red steward.</source>
        <translation>%1已是红色管家。</translation>
    </message>
    <message>
        <source>The property company does not exist.</source>
        <translation>该物业企业不存在。</translation>
    </message>
    <message>
        <source>One of the steward&apos;s households does not exist.</source>
        <translation>红色管家联系的住户中有一户不存在。</translation>
    </message>
    <message>
        <source>Red steward %1</source>
        <translation>红色管家%1</translation>
    </message>
    <message>
        <source>Remove red steward</source>
        <translation>删除红色管家</translation>
    </message>
    <message>
        <source>The import batch names an unknown table.</source>
        <translation>导入批次涉及未知的数据表。</translation>
    </message>
    <message>
        <source>The import batch is damaged.</source>
        <translation>导入批次已损坏。</translation>
    </message>
    <message>
        <source>The data was changed in the meantime.</source>
        <translation>数据在此期间已被修改。</translation>
    </message>
</context>
<context>
    <name>cd::RosterSummary</name>
    <message>
        <source>The community summary could not be read: %1</source>
        <translation>无法读取社区概况：%1</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
</context>
<context>
    <name>cd::RosterWriter</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>cd::RowStore</name>
    <message>
        <source>The database refused the change: %1</source>
        <translation>数据库拒绝了此次修改：%1</translation>
    </message>
    <message>
        <source>Reading from the database failed: %1</source>
        <translation>读取数据库失败：%1</translation>
    </message>
    <message>
        <source>The record to change no longer exists.</source>
        <translation>要修改的记录已不存在。</translation>
    </message>
    <message>
        <source>The change names an unknown table.</source>
        <translation>修改涉及未知的数据表。</translation>
    </message>
    <message>
        <source>The data was changed in the meantime.</source>
        <translation>数据在此期间已被修改。</translation>
    </message>
</context>
<context>
    <name>cd::SheetSource</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件%1不存在。</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>无法读取文件%1：%2</translation>
    </message>
    <message>
        <source>%1 is an old Excel 97-2003 workbook (.xls). Open it in Excel or WPS and save it as .xlsx, then import that file.</source>
        <translation>%1是旧版Excel 97-2003工作簿（.xls）。请用Excel或WPS打开并另存为.xlsx，再导入该文件。</translation>
    </message>
    <message>
        <source>%1 is not an .xlsx workbook (it is not a zip package). Save it from Excel or WPS as .xlsx or .csv and import again.</source>
        <translation>%1不是.xlsx工作簿（不是zip压缩包）。请用Excel或WPS另存为.xlsx或.csv后重新导入。</translation>
    </message>
    <message>
        <source>%1 has no visible worksheet.</source>
        <translation>%1中没有可见的工作表。</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>未打开文件。</translation>
    </message>
</context>
<context>
    <name>cd::StepPanel</name>
    <message>
        <source>Recorded by:</source>
        <translation>登记人：</translation>
    </message>
    <message>
        <source>Owner&apos;s rating:</source>
        <translation>业主评价：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Plan for a major problem</source>
        <translation>重大问题处置方案</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>处置方案：</translation>
    </message>
    <message>
        <source>Made at:</source>
        <translation>制定时间：</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>办理环节：%1</translation>
    </message>
    <message>
        <source>Redo by:</source>
        <translation>重办单位：</translation>
    </message>
    <message>
        <source>Handler:</source>
        <translation>承办单位：</translation>
    </message>
    <message>
        <source>Arrived on site:</source>
        <translation>到场时间：</translation>
    </message>
    <message>
        <source>Reason for the resident:</source>
        <translation>退回原因（告知居民）：</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>办理结果：</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>评价意见：</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>备注（可不填）：</translation>
    </message>
</context>
<context>
    <name>cd::Transaction</name>
    <message>
        <source>Cannot start writing to the database: %1</source>
        <translation>无法开始写入数据库：%1</translation>
    </message>
    <message>
        <source>Nothing to commit: the change was not started or already ended.</source>
        <translation>没有可提交的内容：修改尚未开始或已经结束。</translation>
    </message>
    <message>
        <source>The change could not be saved and was undone: %1</source>
        <translation>修改未能保存，已撤回：%1</translation>
    </message>
</context>
<context>
    <name>cd::TurnoutPanel</name>
    <message>
        <source>Cannot read the voter roll: %1</source>
        <translation>无法读取选民名册：%1</translation>
    </message>
    <message>
        <source>The roll of this election is not frozen yet: voting has not opened.</source>
        <translation>本次选举的选民名册尚未锁定：投票尚未开始。</translation>
    </message>
</context>
<context>
    <name>cd::VoterRollBuilder</name>
    <message>
        <source>Cannot read the estate: %1</source>
        <translation>无法读取小区：%1</translation>
    </message>
    <message>
        <source>There is no estate with id %1.</source>
        <translation>不存在编号为%1的小区。</translation>
    </message>
    <message>
        <source>Cannot read the dwellings: %1</source>
        <translation>无法读取房屋：%1</translation>
    </message>
    <message>
        <source>Cannot read the owners: %1</source>
        <translation>无法读取业主：%1</translation>
    </message>
    <message>
        <source>The estate has no dwellings in the roster.</source>
        <translation>花名册中该小区没有房屋。</translation>
    </message>
    <message numerus="yes">
        <source>%n dwelling(s) have no recorded owner; each counts as one person who cannot vote until the owner is known: %1</source>
        <translation>
            <numerusform>%n户房屋未登记业主，每户按一人计算，业主明确前不能投票：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dwelling(s) have no registered area: %1</source>
        <translation>
            <numerusform>%n户房屋未登记专有面积：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dwelling(s) are marked unsold but have owners; they are counted for the owners: %1</source>
        <translation>
            <numerusform>%n户房屋标为未售但已登记业主，按业主计算：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::VoterRollModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Voter</source>
        <translation>选民</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>面积（m²）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>投票状态</translation>
    </message>
    <message>
        <source>Door-to-door</source>
        <translation>上门走访</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>委托</translation>
    </message>
</context>
<context>
    <name>cd::VotingStep</name>
    <message>
        <source>Persons: %1 of %2 (%3) · Area: %4 of %5 m² (%6)</source>
        <translation>人数：%1/%2（%3） · 面积：%4/%5 m²（%6）</translation>
    </message>
    <message>
        <source>Not voted %1 · voted %2 · refused %3 · unreachable %4  |  not visited %5 · delivered %6 · revisit %7 · collected %8</source>
        <translation>未投%1 · 已投%2 · 拒绝%3 · 无法联系%4  |  未走访%5 · 已送票%6 · 需再访%7 · 已收票%8</translation>
    </message>
    <message>
        <source>Voting has not opened.</source>
        <translation>尚未开始投票。</translation>
    </message>
    <message>
        <source>proxy: %1</source>
        <translation>受托人：%1</translation>
    </message>
    <message>
        <source>ballot already entered (a new entry replaces it, with a reason)</source>
        <translation>选票已录入（重新录入将替换原票，须说明原因）</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>委托投票</translation>
    </message>
    <message>
        <source>Who votes for %1 by written proxy? (empty removes it)</source>
        <translation>由谁凭书面委托书代%1投票？（留空则取消委托）</translation>
    </message>
    <message>
        <source>Replace ballot</source>
        <translation>替换选票</translation>
    </message>
    <message>
        <source>Ballot %1 was already entered. Why is it replaced?</source>
        <translation>%1号选票已录入。请说明替换原因：</translation>
    </message>
    <message>
        <source>Ballot %1 entered.</source>
        <translation>%1号选票已录入。</translation>
    </message>
    <message>
        <source>Printing numbered ballots…</source>
        <translation>正在打印编号选票…</translation>
    </message>
    <message>
        <source>Export ballots</source>
        <translation>导出选票</translation>
    </message>
    <message>
        <source>ballots.pdf</source>
        <translation>选票.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Ballots %1–%2 (use Export PDF for all)</source>
        <translation>第%1–%2号选票（全部选票请用“导出选票PDF”）</translation>
    </message>
    <message>
        <source>Filter: name, room or status</source>
        <translation>筛选：姓名、房号或状态</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>投票状态：</translation>
    </message>
    <message>
        <source>Door-to-door:</source>
        <translation>上门走访：</translation>
    </message>
    <message>
        <source>Proxy…</source>
        <translation>委托…</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>选民</translation>
    </message>
    <message>
        <source>By building</source>
        <translation>按楼栋</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Voted</source>
        <translation>已投</translation>
    </message>
    <message>
        <source>Area voted (m²)</source>
        <translation>已投面积（m²）</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>无法联系</translation>
    </message>
    <message>
        <source>Not visited</source>
        <translation>未走访</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tellers&apos; ballot entry&lt;/b&gt;</source>
        <translation>&lt;b&gt;计票人录入选票&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Export ballots PDF…</source>
        <translation>导出选票PDF…</translation>
    </message>
    <message>
        <source>Preview ballots…</source>
        <translation>预览选票…</translation>
    </message>
</context>
<context>
    <name>cd::WorkflowBoard</name>
    <message>
        <source>Cannot count the requests: %1</source>
        <translation>无法统计诉求数量：%1</translation>
    </message>
    <message>
        <source>Cannot read the requests: %1</source>
        <translation>无法读取诉求：%1</translation>
    </message>
</context>
<context>
    <name>cd::WorkflowDashboard</name>
    <message>
        <source>Requests per category</source>
        <translation>各类诉求数量</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>诉求数</translation>
    </message>
    <message>
        <source>Open and overdue per handler</source>
        <translation>各承办单位超期未办结诉求</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>(not dispatched)</source>
        <translation>（未派单）</translation>
    </message>
    <message>
        <source>Satisfaction and on-time rate per month</source>
        <translation>各月满意率与按时办结率</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <source>Target 95%</source>
        <translation>目标95%</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>Print monthly report…</source>
        <translation>打印月度报告…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出PDF…</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>列单</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>办结率</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <source>Open and overdue</source>
        <translation>超期未办结</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重办</translation>
    </message>
</context>
<context>
    <name>cd::WorkflowEngine</name>
    <message>
        <source>The time %1 lies in the future (now it is %2).</source>
        <translation>时间%1晚于当前时间（现在是%2）。</translation>
    </message>
    <message>
        <source>The time %1 is earlier than the request&apos;s previous step (%2).</source>
        <translation>时间%1早于该诉求上一环节的时间（%2）。</translation>
    </message>
    <message>
        <source>A request needs a title.</source>
        <translation>请填写诉求标题。</translation>
    </message>
    <message>
        <source>Cannot save the request: %1</source>
        <translation>无法保存诉求：%1</translation>
    </message>
    <message>
        <source>There is no request category with id %1.</source>
        <translation>不存在编号为%1的诉求类别。</translation>
    </message>
    <message>
        <source>The category &quot;%1&quot; is archived; choose a current one.</source>
        <translation>类别“%1”已停用，请选择在用的类别。</translation>
    </message>
    <message>
        <source>There is no person with id %1.</source>
        <translation>不存在编号为%1的人员。</translation>
    </message>
    <message>
        <source>There is no dwelling with id %1 (household).</source>
        <translation>不存在编号为%1的房屋（住户）。</translation>
    </message>
    <message>
        <source>There is no dwelling with id %1.</source>
        <translation>不存在编号为%1的房屋。</translation>
    </message>
    <message>
        <source>Dwelling %1 is not in building %2.</source>
        <translation>房屋%1不在楼栋%2内。</translation>
    </message>
    <message>
        <source>There is no building with id %1.</source>
        <translation>不存在编号为%1的楼栋。</translation>
    </message>
    <message>
        <source>Building %1 is not in estate %2.</source>
        <translation>楼栋%1不在小区%2内。</translation>
    </message>
    <message>
        <source>There is no estate with id %1.</source>
        <translation>不存在编号为%1的小区。</translation>
    </message>
    <message>
        <source>Cannot save the step: %1</source>
        <translation>无法保存办理环节：%1</translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation>不存在编号为%1的诉求。</translation>
    </message>
    <message>
        <source>Request %1 cannot move to %2: it is %3 now; allowed next steps: %4.</source>
        <translation>诉求%1不能转入%2：当前为%3；可进行的下一环节：%4。</translation>
    </message>
    <message>
        <source>A rating is given only with the step rated.</source>
        <translation>只有在评单环节才能填写评价。</translation>
    </message>
    <message>
        <source>A handler is named only when dispatching, or with an unsatisfied rating.</source>
        <translation>只有派单或评价为不满意时才能指定承办单位。</translation>
    </message>
    <message>
        <source>Returning a request needs the reason for the resident (a note).</source>
        <translation>退回诉求须填写向居民说明的原因（备注）。</translation>
    </message>
    <message>
        <source>Resolving a request needs the result (a note).</source>
        <translation>办结诉求须填写办理结果（备注）。</translation>
    </message>
    <message>
        <source>Rating a request needs the owner&apos;s rating: satisfied, basic or unsatisfied.</source>
        <translation>评单须填写业主评价：满意、基本满意或不满意。</translation>
    </message>
    <message>
        <source>Dispatching a request needs a handler.</source>
        <translation>派单须指定承办单位。</translation>
    </message>
    <message>
        <source>There is no handler with id %1.</source>
        <translation>不存在编号为%1的承办单位。</translation>
    </message>
    <message>
        <source>The handler &quot;%1&quot; is archived.</source>
        <translation>承办单位“%1”已停用。</translation>
    </message>
    <message>
        <source>Request %1 is already dispatched to &quot;%2&quot;; name another handler to re-dispatch it.</source>
        <translation>诉求%1已派给“%2”，如需重新派单，请指定其他承办单位。</translation>
    </message>
    <message>
        <source>Cannot save the plan: %1</source>
        <translation>无法保存处置方案：%1</translation>
    </message>
    <message>
        <source>Only a major request gets a plan; request %1 is not major.</source>
        <translation>只有重大问题需制定处置方案，诉求%1不属于重大问题。</translation>
    </message>
    <message>
        <source>A plan is recorded while a request is dispatched or taken; request %1 is %2.</source>
        <translation>处置方案须在派单或领单环节登记，诉求%1当前为%2。</translation>
    </message>
    <message>
        <source>The plan is empty.</source>
        <translation>处置方案不能为空。</translation>
    </message>
    <message>
        <source>Cannot read request %1: %2</source>
        <translation>无法读取诉求%1：%2</translation>
    </message>
    <message>
        <source>Cannot read the timeline of request %1: %2</source>
        <translation>无法读取诉求%1的办理记录：%2</translation>
    </message>
</context>
<context>
    <name>cd::WorkflowPage</name>
    <message>
        <source>request-slip-%1</source>
        <translation>诉求办理单-%1</translation>
    </message>
    <message>
        <source>requests-%1</source>
        <translation>居民诉求-%1</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>五单治理</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All handlers</source>
        <translation>全部承办单位</translation>
    </message>
    <message>
        <source>All estates</source>
        <translation>全部小区</translation>
    </message>
    <message>
        <source>%1  %2  (%3 overdue)</source>
        <translation>%1  %2  （超期%3）</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1 open, %2 overdue</source>
        <translation>未办结%1件，超期%2件</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>诉求列表</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>统计看板</translation>
    </message>
    <message>
        <source>Search title or description</source>
        <translation>搜索标题或问题描述</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅显示超期</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>新建诉求…</translation>
    </message>
    <message>
        <source>New request (%1)</source>
        <translation>新建诉求（%1）</translation>
    </message>
</context>
<context>
    <name>cd::WorkflowRules</name>
    <message>
        <source>Listed</source>
        <translation>列单</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>接单</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>领单</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>评单</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结单</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Complex</source>
        <translation>复杂</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>上门</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Grid worker visit</source>
        <translation>网格员走访</translation>
    </message>
    <message>
        <source>Door-knocking campaign</source>
        <translation>敲门行动</translation>
    </message>
    <message>
        <source>Residents&apos; forum</source>
        <translation>民情恳谈会</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>12345 hotline referral</source>
        <translation>12345转办</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Unsatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Property company</source>
        <translation>物业企业</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>公用事业单位</translation>
    </message>
    <message>
        <source>Government department</source>
        <translation>职能部门</translation>
    </message>
    <message>
        <source>Other unit</source>
        <translation>其他单位</translation>
    </message>
</context>
<context>
    <name>cd::WorkflowStats</name>
    <message>
        <source>&quot;%1&quot; is not a month; write it as YYYY-MM, e.g. 2025-03.</source>
        <translation>“%1”不是有效的月份，请按 YYYY-MM 格式填写，如 2025-03。</translation>
    </message>
    <message>
        <source>Cannot compute the statistics: %1</source>
        <translation>无法计算统计数据：%1</translation>
    </message>
    <message>
        <source>Not dispatched</source>
        <translation>未派单</translation>
    </message>
    <message>
        <source>No estate</source>
        <translation>未关联小区</translation>
    </message>
    <message>
        <source>The months of the trend are not a valid range.</source>
        <translation>趋势统计的月份范围无效。</translation>
    </message>
    <message>
        <source>Cannot list the requests for the joint meeting: %1</source>
        <translation>无法列出提交联席会议的诉求：%1</translation>
    </message>
</context>
<context>
    <name>cd::XlsxCellBuilder</name>
    <message>
        <source>Sheet %1 (%2, line %3) has an invalid cell reference &quot;%4&quot;.</source>
        <translation>工作表%1（%2，第%3行）中的单元格引用“%4”无效。</translation>
    </message>
    <message>
        <source>Sheet %1 (%2, line %3) has an invalid row number &quot;%4&quot;.</source>
        <translation>工作表%1（%2，第%3行）中的行号“%4”无效。</translation>
    </message>
    <message>
        <source>Cell %1 on sheet %2 refers to shared string %3, but the workbook has only %4.</source>
        <translation>工作表%2的单元格%1引用了共享字符串%3，但工作簿中只有%4个共享字符串。</translation>
    </message>
</context>
<context>
    <name>cd::XlsxParts</name>
    <message>
        <source>The part %1 of the workbook is not valid XML (line %2: %3).</source>
        <translation>工作簿的组成部分%1不是有效的XML（第%2行：%3）。</translation>
    </message>
</context>
<context>
    <name>cd::XlsxReader</name>
    <message>
        <source>%1 is not an Excel workbook: the part %2 is missing.</source>
        <translation>%1不是Excel工作簿：缺少组成部分%2。</translation>
    </message>
    <message>
        <source>Sheet %1 of %2 has no part in the workbook.</source>
        <translation>%2的工作表%1在工作簿中没有对应的组成部分。</translation>
    </message>
    <message>
        <source>The workbook %1 has no worksheets.</source>
        <translation>工作簿%1中没有工作表。</translation>
    </message>
    <message>
        <source>No workbook is open.</source>
        <translation>未打开工作簿。</translation>
    </message>
    <message>
        <source>The workbook %1 has no sheet number %2.</source>
        <translation>工作簿%1中没有第%2个工作表。</translation>
    </message>
</context>
<context>
    <name>cd::XlsxTableWriter</name>
    <message>
        <source>There is nothing to export to %1.</source>
        <translation>没有可导出到%1的内容。</translation>
    </message>
    <message>
        <source>A sheet cannot have more than %1 columns.</source>
        <translation>工作表不能超过%1列。</translation>
    </message>
    <message>
        <source>Cannot create the workbook %1.</source>
        <translation>无法创建工作簿%1。</translation>
    </message>
    <message>
        <source>Cannot add the sheet %1.</source>
        <translation>无法添加工作表%1。</translation>
    </message>
    <message>
        <source>The sheet %1 has more rows than Excel allows (%2).</source>
        <translation>工作表%1的行数超过Excel的上限（%2行）。</translation>
    </message>
    <message>
        <source>Cannot write the sheet %1: %2</source>
        <translation>无法写入工作表%1：%2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
</context>
<context>
    <name>cd::XmlByteScanner</name>
    <message>
        <source>An end tag does not match its start tag.</source>
        <translation>结束标记与开始标记不匹配。</translation>
    </message>
    <message>
        <source>The document ends before it is complete.</source>
        <translation>文档不完整，提前结束。</translation>
    </message>
    <message>
        <source>Unexpected markup.</source>
        <translation>出现意外的标记。</translation>
    </message>
    <message>
        <source>An element is larger than %1 MiB; the file is refused.</source>
        <translation>有元素超过%1 MiB，拒绝读取该文件。</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8 or holds a character XML does not allow.</source>
        <translation>文本不是有效的UTF-8，或包含XML不允许的字符。</translation>
    </message>
    <message>
        <source>A tag has no name.</source>
        <translation>标记缺少名称。</translation>
    </message>
    <message>
        <source>A tag is not closed properly.</source>
        <translation>标记未正确闭合。</translation>
    </message>
    <message>
        <source>A tag holds an unexpected character.</source>
        <translation>标记中含有意外字符。</translation>
    </message>
    <message>
        <source>An attribute has no value.</source>
        <translation>属性缺少值。</translation>
    </message>
    <message>
        <source>An attribute value is not quoted.</source>
        <translation>属性值未加引号。</translation>
    </message>
    <message>
        <source>An attribute value contains &apos;&lt;&apos;.</source>
        <translation>属性值中含有“&lt;”。</translation>
    </message>
    <message>
        <source>An end tag is malformed.</source>
        <translation>结束标记格式错误。</translation>
    </message>
    <message>
        <source>An entity reference is malformed.</source>
        <translation>实体引用格式错误。</translation>
    </message>
    <message>
        <source>A character reference names an invalid character.</source>
        <translation>字符引用指向无效字符。</translation>
    </message>
    <message>
        <source>The entity &amp;%1; is not defined.</source>
        <translation>实体&amp;%1;未定义。</translation>
    </message>
    <message>
        <source>Expected character data, found an element.</source>
        <translation>此处应为字符数据，却出现了元素。</translation>
    </message>
</context>
<context>
    <name>cd::ZipArchive</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件%1不存在。</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): it is not a zip archive.</source>
        <translation>%1不是Excel工作簿（.xlsx）：不是zip压缩文件。</translation>
    </message>
    <message>
        <source>%1 is not a readable zip archive.</source>
        <translation>%1不是可读取的zip压缩文件。</translation>
    </message>
    <message>
        <source>The zip directory of %1 is damaged.</source>
        <translation>%1的zip目录已损坏。</translation>
    </message>
    <message>
        <source>The workbook %1 has no part %2.</source>
        <translation>工作簿%1中没有组成部分%2。</translation>
    </message>
    <message>
        <source>The part %1 of %2 cannot be unpacked (damaged or encrypted).</source>
        <translation>%2中的组成部分%1无法解压（已损坏或已加密）。</translation>
    </message>
    <message>
        <source>The part %1 is damaged (zip error %2).</source>
        <translation>组成部分%1已损坏（zip错误%2）。</translation>
    </message>
    <message>
        <source>The part %1 is damaged (checksum mismatch).</source>
        <translation>组成部分%1已损坏（校验和不符）。</translation>
    </message>
    <message>
        <source>The part %1 unpacks to more than %2; the file is refused.</source>
        <translation>组成部分%1解压后超过%2，拒绝读取该文件。</translation>
    </message>
</context>
<context>
    <name>cd::partyrules</name>
    <message>
        <source>Choose the person who is the party member.</source>
        <translation>请选择党员本人。</translation>
    </message>
    <message>
        <source>Enter the date of admission (入党日期).</source>
        <translation>请填写入党日期。</translation>
    </message>
    <message>
        <source>The date of admission lies in the future.</source>
        <translation>入党日期晚于今天。</translation>
    </message>
    <message>
        <source>Members are admitted from the age of 18; check the date of admission or the birth date.</source>
        <translation>年满18岁方可入党，请核对入党日期或出生日期。</translation>
    </message>
    <message>
        <source>Probation lasts at least one year: full membership cannot start before %1.</source>
        <translation>预备期至少一年：转正日期不能早于%1。</translation>
    </message>
    <message>
        <source>Full membership more than two years after admission: probation can be extended by one year at most.</source>
        <translation>转正日期距入党日期超过两年：预备期最多只能延长一年。</translation>
    </message>
    <message>
        <source>The date of full membership lies in the future.</source>
        <translation>转正日期晚于今天。</translation>
    </message>
    <message>
        <source>Choose the party organisation, or name the one outside the community that holds the membership.</source>
        <translation>请选择所在党组织，或填写组织关系所在的社区外党组织。</translation>
    </message>
    <message>
        <source>A project is chosen but no property company.</source>
        <translation>已选择服务项目，但未选择物业企业。</translation>
    </message>
    <message>
        <source>The registration date lies in the future.</source>
        <translation>报到日期晚于今天。</translation>
    </message>
    <message>
        <source>The last contact lies in the future.</source>
        <translation>最近联系日期晚于今天。</translation>
    </message>
    <message>
        <source>Give both the date and the reason a member left.</source>
        <translation>请同时填写党员减少的日期和原因。</translation>
    </message>
    <message>
        <source>The member cannot leave before being admitted.</source>
        <translation>减少日期不能早于入党日期。</translation>
    </message>
</context>
<context>
    <name>cd::reportoutput</name>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument 文本 (*.odt)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CommunityDesk — community party office workbench</source>
        <translation>社区党建工作台 — 社区党组织办公软件</translation>
    </message>
    <message>
        <source>Open the database FILE.</source>
        <translation>打开数据库文件 FILE。</translation>
    </message>
</context>
</TS>
