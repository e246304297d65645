// Invented names only: syllables combined at random, never the people named in the newspaper report.
export const surnames = ['林', '周', '陈', '吴', '郑', '冯', '蒋', '沈', '韩', '杨', '朱', '秦', '许', '何', '吕', '施', '孔', '曹', '严', '华', '金', '魏', '陶', '姜', '谢', '邹', '喻', '柏', '窦', '章'];
export const givenChars = ['安', '博', '晨', '丹', '帆', '歌', '海', '慧', '佳', '静', '凯', '岚', '敏', '宁', '鹏', '琴', '锐', '珊', '涛', '薇', '欣', '雅', '毅', '喆', '卓', '芸', '铭', '悦', '哲', '彤', '思', '远', '航', '蕾', '杰', '霖'];
export const streetNames = ['春晖街道', '临河街道', '望海街道', '松柏街道', '青石街道', '和乐街道'];
export const communityStems = ['桂香', '梧桐', '云锦', '听涛', '兰亭', '锦绣', '银杏', '翠屏', '海棠', '紫荆', '长乐', '同心', '宁安', '朝晖', '明德', '映月', '书香', '康乐', '新华', '丰泽'];
export const communitySuffixes = ['里社区', '苑社区', '园社区', '坊社区'];
export const districtName = '临江区';
export const districtPositions = ['区委组织部部长', '区住建委主任', '区民政局局长', '区城管委主任', '区卫健委主任', '区教育局局长', '区市场监管局局长', '区文旅局局长'];
export const streetPositions = ['街道党工委书记', '街道办事处主任', '街道党工委副书记', '街道办事处副主任'];
export const communityPositions = ['社区党委书记', '社区居委会主任', '社区居委会副主任', '社区网格员'];
