#include "demo/workflowdemotexts.h"

namespace cd::workflowdemo {

const WorkflowDemoCategory categories[] = {
    {u"水电维修", {u"厨房水龙头漏水", u"卫生间下水堵塞", u"家中跳闸断电", u"楼道声控灯不亮"},
     {u"更换水龙头阀芯，试水正常", u"疏通下水管道，排水正常", u"更换损坏空开，恢复供电"}, 'd', 25, 20, u"供电所"},
    {u"管网", {u"单元门前污水井冒水", u"楼下给水管渗漏", u"雨水管道堵塞积水", u"暖气立管锈蚀滴水"},
     {u"清掏污水井并疏通主管", u"更换破损管段，恢复供水", u"疏通雨水管道，积水已排净"}, 'b', 8, 8, u"自来水公司"},
    {u"环境卫生", {u"垃圾桶满溢未及时清运", u"小区绿地有建筑垃圾", u"宠物粪便无人清理", u"垃圾分类投放点异味大"},
     {u"增加清运频次，已清理干净", u"清运建筑垃圾并张贴告示", u"清洗消杀投放点"}, 'p', 12, 10, nullptr},
    {u"楼道杂物", {u"楼道堆放旧家具", u"消防通道堆放纸箱", u"单元门口堆放杂物", u"楼梯间停放自行车"},
     {u"联系住户清走杂物", u"清理楼道堆物并劝导", u"清理完毕，楼栋长持续巡查"}, 'b', 10, 8, nullptr},
    {u"电动车充电/飞线充电", {u"楼上住户飞线充电", u"电动车停放楼道内充电", u"充电桩损坏无法使用", u"需增设电动车充电桩"},
     {u"拆除飞线并入户宣传", u"劝离楼道电动车", u"维修充电桩，恢复使用"}, 'b', 8, 6, u"供电所"},
    {u"停车", {u"车辆堵塞消防通道", u"外来车辆长期占用车位", u"僵尸车长期停放", u"车位划线不清"},
     {u"联系车主挪车，加强巡查", u"张贴告知并联系拖移", u"重新施划停车位"}, 'p', 10, 8, u"城管执法中队"},
    {u"供暖", {u"家中暖气不热", u"暖气片漏水", u"室温低于18度", u"暖气管道有异响"},
     {u"排气后室温达标", u"更换暖气片阀门", u"入户测温并调整管网平衡"}, 'd', 1, 25, u"供热公司"},
    {u"绿化", {u"树枝遮挡窗户采光", u"绿地杂草丛生", u"枯树存在倒伏隐患", u"草坪被踩踏损毁"},
     {u"修剪树枝", u"除草并补植", u"移除枯树"}, 'p', 4, 1, nullptr},
    {u"安全隐患", {u"外墙瓷砖脱落", u"单元门禁损坏", u"楼道灭火器过期", u"屋面防水层破损漏雨"},
     {u"拉设警戒并修补外墙", u"维修门禁系统", u"更换灭火器"}, 'b', 5, 5, nullptr},
    {u"邻里纠纷", {u"楼上噪音扰民", u"邻居空调外机滴水", u"楼上漏水殃及楼下", u"公共区域占用纠纷"},
     {u"上门调解，双方达成一致", u"协调加装空调冷凝管", u"调解赔偿并修复"}, 'd', 5, 5, u"派出所"},
    {u"物业服务", {u"保洁不到位", u"门卫值守不规范", u"物业收费公示不清", u"报修电话无人接听"},
     {u"整改保洁排班", u"加强门岗管理", u"张贴收费公示"}, 'p', 8, 6, nullptr},
    {u"其他", {u"咨询老旧小区改造进度", u"快递柜设置位置不便", u"小区照明路灯损坏", u"建议增设休闲座椅"},
     {u"答复居民并登记建议", u"协调调整位置", u"更换路灯灯具"}, 'p', 4, 3, nullptr},
};
const int categoryCount = int(sizeof(categories) / sizeof(categories[0]));

const char16_t *const returnReasons[] = {
    u"属于住户自用部分，建议自行联系维修", u"已由其他渠道受理，请勿重复反映", u"诉求内容不清，请补充具体位置",
    u"涉及房屋产权纠纷，建议通过司法途径解决",
};
const int returnReasonCount = int(sizeof(returnReasons) / sizeof(returnReasons[0]));

const char16_t *const goodComments[] = {u"处理及时，谢谢", u"师傅态度很好", u"问题解决了", u"", u"", u"效率高"};
const int goodCommentCount = int(sizeof(goodComments) / sizeof(goodComments[0]));

const char16_t *const badComments[] = {u"问题没有彻底解决", u"过两天又坏了", u"处理太慢", u"态度敷衍"};
const int badCommentCount = int(sizeof(badComments) / sizeof(badComments[0]));

const char16_t *const publicPlaces[] = {u"小区北门", u"中心花园", u"3号楼前广场", u"地下车库入口", u"垃圾分类投放点",
                                        u"小区主干道"};
const int publicPlaceCount = int(sizeof(publicPlaces) / sizeof(publicPlaces[0]));

const char16_t *const plans[] = {u"制定分段维修方案，周末停水施工", u"申请使用专项维修资金，三日内进场",
                                 u"先行临时处置，联合供热公司排期改造"};
const int planCount = int(sizeof(plans) / sizeof(plans[0]));

} // namespace cd::workflowdemo
